"""Blind figures of the third, fourth and sixth to tenth independent sets, replayed through the real nginx
(CRS PL1 + our rules) with their benign requests: family_gen_blind_third.py (SSRF, prototype pollution,
Node.js / Ruby / Perl / Python code injection, remote file inclusion, Java), family_gen_blind_fourth.py (SQL
injection in nine sub-families, XSS in six, OS command injection in three), family_gen_blind_sixth.py (PHP
injection in five, template injection in three, file inclusion in three, XSS in five), two sets of a
filter-evasion specialist's variants: family_gen_blind_seventh.py (SQL injection, XSS) and
family_gen_blind_eighth.py (command injection, Java, Node.js, SSRF, prototype pollution), and a pentester's
and scanner's probes: family_gen_blind_ninth.py (SQL injection, XSS, PHP in 34 sub-families) and
family_gen_blind_tenth.py (command injection, Java, generic, file inclusion, templates, also in paths,
parameter names, headers, multipart and XML). The fifth set, on placements, has its own test
(test_waf_blind_fifth.py).

The eleventh to thirteenth: a database specialist's SQL injection (family_gen_blind_eleventh.py), XSS, PHP and
template injection with uploads and configuration directives (family_gen_blind_twelfth.py), and command
injection, file access, SSRF, XML entities, LDAP, XPath and mail header injection
(family_gen_blind_thirteenth.py); every family in twenty parts of a request (family_gen_blind_fourteenth.py),
and PHP, Java and generic injection in depth (family_gen_blind_fifteenth.py). The sixteenth to twentieth, by
specialists: command injection with Windows, PowerShell and argument injection (family_gen_blind_sixteenth.py),
SQL injection by the query context it lands in (family_gen_blind_seventeenth.py), XSS by the context it breaks
out of (family_gen_blind_eighteenth.py), Node.js, prototype pollution, SSRF, Java and template injection
(family_gen_blind_nineteenth.py), PHP and file inclusion (family_gen_blind_twentieth.py). The twenty-first to
twenty-fourth: a WAF vendor's atomic QA suite, every family in fourteen parts of a request, XML bodies and
cookie names among them (family_gen_blind_twentyfirst.py), a bug-bounty hunter's PHP and command injection
(family_gen_blind_twentysecond.py), a researcher's Java, Node.js, Python, Ruby and template injection
(family_gen_blind_twentythird.py), and SQL injection and XSS as filter-evasion specialists write them
(family_gen_blind_twentyfourth.py); every family in twelve headers and cookies (family_gen_blind_twentyfifth.py:
its Authorization placement is not inspected, by design, see skip_headers), and attacks on JSON APIs in eighteen
parts of a JSON request (GraphQL, JSON:API, JSON Patch, escapes, duplicate keys: family_gen_blind_twentysixth.py);
every family in the fields our users type prose into, which the CRS tuning spares most
(family_gen_blind_twentyseventh.py). The twenty-eighth to thirtieth enumerate a family's vocabulary word by word:
Unix and Windows commands, PowerShell, file targets and remote includes (family_gen_blind_twentyeighth.py), PHP
functions, Java classes and expression languages, Node.js, SSRF and template engines
(family_gen_blind_twentyninth.py), SQL keywords and functions of five databases, HTML tags, event handlers and
JavaScript sinks (family_gen_blind_thirtieth.py). The thirty-first to thirty-fourth: a command-injection
specialist's shells, droppers, persistence and filter evasions (family_gen_blind_thirtyfirst.py), the files and
fetches an attacker wants on real stacks, SSRF in the fields that take URLs (family_gen_blind_thirtysecond.py),
every family in the encodings clients and attackers use, base64 among them (family_gen_blind_thirtythird.py),
and PHP, Java, Node.js, Python, Ruby and templates in the places a WAF reads least (family_gen_blind_thirtyfourth.py).
The thirty-fifth to thirty-seventh are a rule author's positive tests, written from rule titles alone: SQL injection
(family_gen_blind_thirtyfifth.py), XSS, PHP and generic injection (family_gen_blind_thirtysixth.py), command
injection, file access, remote inclusion and Java (family_gen_blind_thirtyseventh.py). The thirty-eighth to fortieth are
second authors of the same titles, half of their requests sent as a regression suite sends them (other paths,
arbitrary parameter names): family_gen_blind_thirtyeighth.py, family_gen_blind_thirtyninth.py and
family_gen_blind_fortieth.py; third authors: family_gen_blind_fortyfirst.py (SQL injection and XSS) and
family_gen_blind_fortysecond.py (the other families); fourth authors: family_gen_blind_fortythird.py (SQL injection),
family_gen_blind_fortyfourth.py (XSS, PHP, generic) and family_gen_blind_fortyfifth.py (command injection, file access,
remote inclusion, Java); and a bypass researcher's attempts on every family (family_gen_blind_fortysixth.py).
The later sets are listed in docs/performance.md; the seventy-fifth types every payload to the Slack bot (events
after a lead-in, slash commands, button clicks and modals: family_gen_blind_seventyfifth.py), the seventy-sixth
puts it where browsers carry it besides the form (a Referer's query, the User-Agent, cookies, proxies' headers:
family_gen_blind_seventysixth.py). The seventy-seventh to eightieth are eighth authors of the rule titles, half of
each set as a regression suite sends it: SQL injection (family_gen_blind_seventyseventh.py), XSS and PHP
(family_gen_blind_seventyeighth.py), command injection, file access and remote inclusion
(family_gen_blind_seventyninth.py), generic, Java and template injection (family_gen_blind_eightieth.py). The
eighty-first and eighty-second put each payload in one of the variables a rule reads (argument values and names,
cookie values and names, headers, the path, the body whole, JSON keys, XML attributes, multipart names, file
names and files): family_gen_blind_eightyfirst.py, family_gen_blind_eightysecond.py. The eighty-third and
eighty-fourth are third authors of the titles in production placements: family_gen_blind_eightythird.py (SQL, XSS,
PHP) and family_gen_blind_eightyfourth.py (the other families). The eighty-fifth sends published web exploits
(Log4Shell, Spring4Shell, Struts, PHPUnit, ThinkPHP, Shellshock, appliances' injections, ...) to this product
(family_gen_blind_eightyfifth.py). The eighty-sixth is a second bypass researcher's,
against where the edge and the Python services read a request differently (repeated parameters, JSON duplicate
keys and escapes, values the application decodes, multipart and cookie quoting): family_gen_blind_eightysixth.py.
The eighty-seventh puts every family inside the JSON an API receives (nested, in arrays and keys, JSON Patch and
merge patches, duplicate keys, documents in strings), the eighty-eighth in the headers and cookies an API and its
clients carry: family_gen_blind_eightyseventh.py, family_gen_blind_eightyeighth.py. The eighty-ninth to
ninety-second are ninth authors of the titles, half of each set as a regression suite sends it (SQL; XSS and PHP;
commands, files and includes; generic, Java and templates): family_gen_blind_eightyninth.py,
family_gen_blind_ninetieth.py, family_gen_blind_ninetyfirst.py, family_gen_blind_ninetysecond.py. The
ninety-third is what exploitation tools send with their evasion options on (SQL tampers, XSS mutations, command
separators, traversal ladders, template probes, SSRF address forms): family_gen_blind_ninetythird.py. The
ninety-fourth fires the classic web exploits of 1999-2016 (CGI, IIS, PHP CMSs, phpBB, Struts, SSI, LDAP, XPath,
mail header injection): family_gen_blind_ninetyfourth.py. The ninety-sixth puts every family in the API formats
beyond plain JSON and forms (GraphQL documents and variables, JSON-RPC, XML-RPC, SOAP, NDJSON, YAML, CSV, JSON:API,
OData, bracketed form names): family_gen_blind_ninetysixth.py. The ninety-fifth writes every family through the
Unicode and legacy encodings some component decodes (IIS's %u, overlong UTF-8, fullwidth and other NFKC
compatibility forms, homoglyphs, invisible characters, combining marks, UTF-7 and UTF-16, JSON, HTML, JS and CSS
escapes, Windows best-fit): family_gen_blind_ninetyfifth.py. The ninety-seventh to hundredth are tenth authors of
the titles, favouring what other authors forget (the less famous keywords, functions, commands and files, the
shortest probes), half as a regression suite sends them (SQL; XSS and PHP; commands, files and includes;
generic, Java and templates): family_gen_blind_ninetyseventh.py, family_gen_blind_ninetyeighth.py,
family_gen_blind_ninetyninth.py, family_gen_blind_hundredth.py. The hundred-and-first and hundred-and-second
are eleventh authors who write each payload inside a real request's value, after legitimate data and in the
value's own syntax (SQL; commands, files and includes): family_gen_blind_hundredfirst.py,
family_gen_blind_hundredsecond.py; the hundred-and-third and hundred-and-fourth are twelfth authors who do the same
(XSS and PHP; generic, Java and templates): family_gen_blind_hundredthird.py, family_gen_blind_hundredfourth.py;
the hundred-and-fifth and hundred-and-sixth are thirteenth authors who do the same over two groups of titles each
(SQL and XSS; commands, files, includes and PHP): family_gen_blind_hundredfifth.py, family_gen_blind_hundredsixth.py.

Asserts >= 95% of a set's attacks blocked and >= 85% of each sub-family (as the rce set; of each placement or
family where GROUPED_BY says so), and no benign request
blocked by one of our own rules (1xxxxx; the 200xxx limit findings are not detections) without a CRS
detection (9xxxxx other than the 949110 total) beside it, except developer content outside chat, counted in
the report: a developer's Slack text is also saved as a profile bio (chat_and_bio), and code pasted into a
bio meets our code-shaped rules, which a bio does not spare (its `free_text` spares CRS rules that misread
prose, not SQL or shell); the later sets add SQL, shell and PHP typed into a search box, upload names with
absolute paths, template and configuration fields, support tickets quoting Windows system paths, and "2 < 3
and 5 > 4"; the sixteenth to twentieth add command lines in a search box or a path field, notification and
Jinja templates, Java configuration files and backup file names; the twenty-first to twenty-fourth Java
stack traces and configuration in made-up support and snippet fields, and boolean algebra typed into a search
box. Every Slack copy
must pass. A block the CRS makes on its own is listed, not asserted.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from stackctl import StackHandle

from gateway.policies.waf import SKIP_HEADERS

from . import (
    family_gen_blind_eighteenth,
    family_gen_blind_eighth,
    family_gen_blind_eightieth,
    family_gen_blind_eightyeighth,
    family_gen_blind_eightyfifth,
    family_gen_blind_eightyfirst,
    family_gen_blind_eightyfourth,
    family_gen_blind_eightyninth,
    family_gen_blind_eightysecond,
    family_gen_blind_eightyseventh,
    family_gen_blind_eightysixth,
    family_gen_blind_eightythird,
    family_gen_blind_eleventh,
    family_gen_blind_fifteenth,
    family_gen_blind_fiftieth,
    family_gen_blind_fiftyeighth,
    family_gen_blind_fiftyfifth,
    family_gen_blind_fiftyfirst,
    family_gen_blind_fiftyfourth,
    family_gen_blind_fiftyninth,
    family_gen_blind_fiftysecond,
    family_gen_blind_fiftyseventh,
    family_gen_blind_fiftysixth,
    family_gen_blind_fiftythird,
    family_gen_blind_fortieth,
    family_gen_blind_fortyeighth,
    family_gen_blind_fortyfifth,
    family_gen_blind_fortyfirst,
    family_gen_blind_fortyfourth,
    family_gen_blind_fortyninth,
    family_gen_blind_fortysecond,
    family_gen_blind_fortyseventh,
    family_gen_blind_fortysixth,
    family_gen_blind_fortythird,
    family_gen_blind_fourteenth,
    family_gen_blind_fourth,
    family_gen_blind_hundredeighteenth,
    family_gen_blind_hundredeighth,
    family_gen_blind_hundredeightieth,
    family_gen_blind_hundredeightyeighth,
    family_gen_blind_hundredeightyfifth,
    family_gen_blind_hundredeightyfirst,
    family_gen_blind_hundredeightyfourth,
    family_gen_blind_hundredeightyninth,
    family_gen_blind_hundredeightysecond,
    family_gen_blind_hundredeightyseventh,
    family_gen_blind_hundredeightysixth,
    family_gen_blind_hundredeightythird,
    family_gen_blind_hundredeleventh,
    family_gen_blind_hundredfifteenth,
    family_gen_blind_hundredfifth,
    family_gen_blind_hundredfiftieth,
    family_gen_blind_hundredfiftyeighth,
    family_gen_blind_hundredfiftyfifth,
    family_gen_blind_hundredfiftyfirst,
    family_gen_blind_hundredfiftyfourth,
    family_gen_blind_hundredfiftyninth,
    family_gen_blind_hundredfiftysecond,
    family_gen_blind_hundredfiftyseventh,
    family_gen_blind_hundredfiftysixth,
    family_gen_blind_hundredfiftythird,
    family_gen_blind_hundredfirst,
    family_gen_blind_hundredfortieth,
    family_gen_blind_hundredfortyeighth,
    family_gen_blind_hundredfortyfifth,
    family_gen_blind_hundredfortyfirst,
    family_gen_blind_hundredfortyfourth,
    family_gen_blind_hundredfortyninth,
    family_gen_blind_hundredfortysecond,
    family_gen_blind_hundredfortyseventh,
    family_gen_blind_hundredfortysixth,
    family_gen_blind_hundredfortythird,
    family_gen_blind_hundredfourteenth,
    family_gen_blind_hundredfourth,
    family_gen_blind_hundrednineteenth,
    family_gen_blind_hundredninetieth,
    family_gen_blind_hundredninetyeighth,
    family_gen_blind_hundredninetyfifth,
    family_gen_blind_hundredninetyfirst,
    family_gen_blind_hundredninetyfourth,
    family_gen_blind_hundredninetyninth,
    family_gen_blind_hundredninetysecond,
    family_gen_blind_hundredninetyseventh,
    family_gen_blind_hundredninetysixth,
    family_gen_blind_hundredninetythird,
    family_gen_blind_hundredninth,
    family_gen_blind_hundredsecond,
    family_gen_blind_hundredseventeenth,
    family_gen_blind_hundredseventh,
    family_gen_blind_hundredseventieth,
    family_gen_blind_hundredseventyeighth,
    family_gen_blind_hundredseventyfifth,
    family_gen_blind_hundredseventyfirst,
    family_gen_blind_hundredseventyfourth,
    family_gen_blind_hundredseventyninth,
    family_gen_blind_hundredseventysecond,
    family_gen_blind_hundredseventyseventh,
    family_gen_blind_hundredseventysixth,
    family_gen_blind_hundredseventythird,
    family_gen_blind_hundredsixteenth,
    family_gen_blind_hundredsixth,
    family_gen_blind_hundredsixtieth,
    family_gen_blind_hundredsixtyeighth,
    family_gen_blind_hundredsixtyfifth,
    family_gen_blind_hundredsixtyfirst,
    family_gen_blind_hundredsixtyfourth,
    family_gen_blind_hundredsixtyninth,
    family_gen_blind_hundredsixtysecond,
    family_gen_blind_hundredsixtyseventh,
    family_gen_blind_hundredsixtysixth,
    family_gen_blind_hundredsixtythird,
    family_gen_blind_hundredtenth,
    family_gen_blind_hundredth,
    family_gen_blind_hundredthird,
    family_gen_blind_hundredthirteenth,
    family_gen_blind_hundredthirtieth,
    family_gen_blind_hundredthirtyeighth,
    family_gen_blind_hundredthirtyfifth,
    family_gen_blind_hundredthirtyfirst,
    family_gen_blind_hundredthirtyfourth,
    family_gen_blind_hundredthirtyninth,
    family_gen_blind_hundredthirtysecond,
    family_gen_blind_hundredthirtyseventh,
    family_gen_blind_hundredthirtysixth,
    family_gen_blind_hundredthirtythird,
    family_gen_blind_hundredtwelfth,
    family_gen_blind_hundredtwentieth,
    family_gen_blind_hundredtwentyeighth,
    family_gen_blind_hundredtwentyfifth,
    family_gen_blind_hundredtwentyfirst,
    family_gen_blind_hundredtwentyfourth,
    family_gen_blind_hundredtwentyninth,
    family_gen_blind_hundredtwentysecond,
    family_gen_blind_hundredtwentyseventh,
    family_gen_blind_hundredtwentysixth,
    family_gen_blind_hundredtwentythird,
    family_gen_blind_nineteenth,
    family_gen_blind_ninetieth,
    family_gen_blind_ninetyeighth,
    family_gen_blind_ninetyfifth,
    family_gen_blind_ninetyfirst,
    family_gen_blind_ninetyfourth,
    family_gen_blind_ninetyninth,
    family_gen_blind_ninetysecond,
    family_gen_blind_ninetyseventh,
    family_gen_blind_ninetysixth,
    family_gen_blind_ninetythird,
    family_gen_blind_ninth,
    family_gen_blind_seventeenth,
    family_gen_blind_seventh,
    family_gen_blind_seventieth,
    family_gen_blind_seventyeighth,
    family_gen_blind_seventyfifth,
    family_gen_blind_seventyfirst,
    family_gen_blind_seventyfourth,
    family_gen_blind_seventyninth,
    family_gen_blind_seventysecond,
    family_gen_blind_seventyseventh,
    family_gen_blind_seventysixth,
    family_gen_blind_seventythird,
    family_gen_blind_sixteenth,
    family_gen_blind_sixth,
    family_gen_blind_sixtieth,
    family_gen_blind_sixtyeighth,
    family_gen_blind_sixtyfifth,
    family_gen_blind_sixtyfirst,
    family_gen_blind_sixtyfourth,
    family_gen_blind_sixtyninth,
    family_gen_blind_sixtysecond,
    family_gen_blind_sixtyseventh,
    family_gen_blind_sixtysixth,
    family_gen_blind_sixtythird,
    family_gen_blind_tenth,
    family_gen_blind_third,
    family_gen_blind_thirteenth,
    family_gen_blind_thirtieth,
    family_gen_blind_thirtyeighth,
    family_gen_blind_thirtyfifth,
    family_gen_blind_thirtyfirst,
    family_gen_blind_thirtyfourth,
    family_gen_blind_thirtyninth,
    family_gen_blind_thirtysecond,
    family_gen_blind_thirtyseventh,
    family_gen_blind_thirtysixth,
    family_gen_blind_thirtythird,
    family_gen_blind_twelfth,
    family_gen_blind_twentieth,
    family_gen_blind_twentyeighth,
    family_gen_blind_twentyfifth,
    family_gen_blind_twentyfirst,
    family_gen_blind_twentyfourth,
    family_gen_blind_twentyninth,
    family_gen_blind_twentysecond,
    family_gen_blind_twentyseventh,
    family_gen_blind_twentysixth,
    family_gen_blind_twentythird,
    family_gen_blind_twohundredeighteenth,
    family_gen_blind_twohundredeighth,
    family_gen_blind_twohundredeleventh,
    family_gen_blind_twohundredfifteenth,
    family_gen_blind_twohundredfifth,
    family_gen_blind_twohundredfirst,
    family_gen_blind_twohundredfourteenth,
    family_gen_blind_twohundredfourth,
    family_gen_blind_twohundrednineteenth,
    family_gen_blind_twohundredninth,
    family_gen_blind_twohundredsecond,
    family_gen_blind_twohundredseventeenth,
    family_gen_blind_twohundredseventh,
    family_gen_blind_twohundredsixteenth,
    family_gen_blind_twohundredsixth,
    family_gen_blind_twohundredtenth,
    family_gen_blind_twohundredth,
    family_gen_blind_twohundredthird,
    family_gen_blind_twohundredthirteenth,
    family_gen_blind_twohundredthirtieth,
    family_gen_blind_twohundredtwelfth,
    family_gen_blind_twohundredtwentieth,
    family_gen_blind_twohundredtwentyeighth,
    family_gen_blind_twohundredtwentyfifth,
    family_gen_blind_twohundredtwentyfirst,
    family_gen_blind_twohundredtwentyfourth,
    family_gen_blind_twohundredtwentyninth,
    family_gen_blind_twohundredtwentysecond,
    family_gen_blind_twohundredtwentyseventh,
    family_gen_blind_twohundredtwentysixth,
    family_gen_blind_twohundredtwentythird,
)
from .blind_replay import ours_alone, replay_blind
from .test_waf_corpus import tally

pytestmark = pytest.mark.stack

SETS = {"third": family_gen_blind_third, "fourth": family_gen_blind_fourth, "sixth": family_gen_blind_sixth,
        "seventh": family_gen_blind_seventh, "eighth": family_gen_blind_eighth, "ninth": family_gen_blind_ninth,
        "tenth": family_gen_blind_tenth, "eleventh": family_gen_blind_eleventh, "twelfth": family_gen_blind_twelfth,
        "thirteenth": family_gen_blind_thirteenth, "fourteenth": family_gen_blind_fourteenth,
        "fifteenth": family_gen_blind_fifteenth, "sixteenth": family_gen_blind_sixteenth,
        "seventeenth": family_gen_blind_seventeenth, "eighteenth": family_gen_blind_eighteenth,
        "nineteenth": family_gen_blind_nineteenth, "twentieth": family_gen_blind_twentieth,
        "twentyfirst": family_gen_blind_twentyfirst, "twentysecond": family_gen_blind_twentysecond,
        "twentythird": family_gen_blind_twentythird, "twentyfourth": family_gen_blind_twentyfourth,
        "twentyfifth": family_gen_blind_twentyfifth, "twentysixth": family_gen_blind_twentysixth,
        "twentyseventh": family_gen_blind_twentyseventh, "twentyeighth": family_gen_blind_twentyeighth,
        "twentyninth": family_gen_blind_twentyninth, "thirtieth": family_gen_blind_thirtieth,
        "thirtyfirst": family_gen_blind_thirtyfirst, "thirtysecond": family_gen_blind_thirtysecond,
        "thirtythird": family_gen_blind_thirtythird, "thirtyfourth": family_gen_blind_thirtyfourth,
        "thirtyfifth": family_gen_blind_thirtyfifth, "thirtysixth": family_gen_blind_thirtysixth,
        "thirtyseventh": family_gen_blind_thirtyseventh, "thirtyeighth": family_gen_blind_thirtyeighth,
        "thirtyninth": family_gen_blind_thirtyninth, "fortieth": family_gen_blind_fortieth,
        "fortyfirst": family_gen_blind_fortyfirst, "fortysecond": family_gen_blind_fortysecond,
        "fortythird": family_gen_blind_fortythird, "fortyfourth": family_gen_blind_fortyfourth,
        "fortyfifth": family_gen_blind_fortyfifth, "fortysixth": family_gen_blind_fortysixth,
        "fortyseventh": family_gen_blind_fortyseventh, "fortyeighth": family_gen_blind_fortyeighth,
        "fortyninth": family_gen_blind_fortyninth, "fiftieth": family_gen_blind_fiftieth,
        "fiftyfirst": family_gen_blind_fiftyfirst, "fiftysecond": family_gen_blind_fiftysecond,
        "fiftythird": family_gen_blind_fiftythird, "fiftyfourth": family_gen_blind_fiftyfourth,
        "fiftyfifth": family_gen_blind_fiftyfifth, "fiftysixth": family_gen_blind_fiftysixth,
        "fiftyseventh": family_gen_blind_fiftyseventh, "fiftyeighth": family_gen_blind_fiftyeighth,
        "fiftyninth": family_gen_blind_fiftyninth, "sixtieth": family_gen_blind_sixtieth,
        "sixtyfirst": family_gen_blind_sixtyfirst, "sixtysecond": family_gen_blind_sixtysecond,
        "sixtythird": family_gen_blind_sixtythird, "sixtyfourth": family_gen_blind_sixtyfourth,
        "sixtyfifth": family_gen_blind_sixtyfifth, "sixtysixth": family_gen_blind_sixtysixth,
        "sixtyseventh": family_gen_blind_sixtyseventh, "sixtyeighth": family_gen_blind_sixtyeighth,
        "sixtyninth": family_gen_blind_sixtyninth, "seventieth": family_gen_blind_seventieth,
        "seventyfirst": family_gen_blind_seventyfirst, "seventysecond": family_gen_blind_seventysecond,
        "seventythird": family_gen_blind_seventythird, "seventyfourth": family_gen_blind_seventyfourth,
        "seventyfifth": family_gen_blind_seventyfifth, "seventysixth": family_gen_blind_seventysixth,
        "seventyseventh": family_gen_blind_seventyseventh, "seventyeighth": family_gen_blind_seventyeighth,
        "seventyninth": family_gen_blind_seventyninth, "eightieth": family_gen_blind_eightieth,
        "eightyfirst": family_gen_blind_eightyfirst, "eightysecond": family_gen_blind_eightysecond,
        "eightythird": family_gen_blind_eightythird, "eightyfourth": family_gen_blind_eightyfourth,
        "eightyfifth": family_gen_blind_eightyfifth, "eightysixth": family_gen_blind_eightysixth,
        "eightyseventh": family_gen_blind_eightyseventh, "eightyeighth": family_gen_blind_eightyeighth,
        "eightyninth": family_gen_blind_eightyninth, "ninetieth": family_gen_blind_ninetieth,
        "ninetyfirst": family_gen_blind_ninetyfirst, "ninetysecond": family_gen_blind_ninetysecond,
        "ninetythird": family_gen_blind_ninetythird, "ninetyfourth": family_gen_blind_ninetyfourth,
        "ninetyfifth": family_gen_blind_ninetyfifth, "ninetysixth": family_gen_blind_ninetysixth,
        "ninetyseventh": family_gen_blind_ninetyseventh, "ninetyeighth": family_gen_blind_ninetyeighth,
        "ninetyninth": family_gen_blind_ninetyninth, "hundredth": family_gen_blind_hundredth,
        "hundredfirst": family_gen_blind_hundredfirst, "hundredsecond": family_gen_blind_hundredsecond,
        "hundredthird": family_gen_blind_hundredthird, "hundredfourth": family_gen_blind_hundredfourth,
        "hundredfifth": family_gen_blind_hundredfifth, "hundredsixth": family_gen_blind_hundredsixth,
        "hundredseventh": family_gen_blind_hundredseventh, "hundredeighth": family_gen_blind_hundredeighth,
        "hundredninth": family_gen_blind_hundredninth, "hundredtenth": family_gen_blind_hundredtenth,
        "hundredeleventh": family_gen_blind_hundredeleventh, "hundredtwelfth": family_gen_blind_hundredtwelfth,
        "hundredthirteenth": family_gen_blind_hundredthirteenth,
        "hundredfourteenth": family_gen_blind_hundredfourteenth,
        "hundredfifteenth": family_gen_blind_hundredfifteenth, "hundredsixteenth": family_gen_blind_hundredsixteenth,
        "hundredseventeenth": family_gen_blind_hundredseventeenth,
        "hundredeighteenth": family_gen_blind_hundredeighteenth,
        "hundrednineteenth": family_gen_blind_hundrednineteenth, "hundredtwentieth": family_gen_blind_hundredtwentieth,
        "hundredtwentyfirst": family_gen_blind_hundredtwentyfirst,
        "hundredtwentysecond": family_gen_blind_hundredtwentysecond,
        "hundredtwentythird": family_gen_blind_hundredtwentythird,
        "hundredtwentyfourth": family_gen_blind_hundredtwentyfourth,
        "hundredtwentyfifth": family_gen_blind_hundredtwentyfifth,
        "hundredtwentysixth": family_gen_blind_hundredtwentysixth,
        "hundredtwentyseventh": family_gen_blind_hundredtwentyseventh,
        "hundredtwentyeighth": family_gen_blind_hundredtwentyeighth,
        "hundredtwentyninth": family_gen_blind_hundredtwentyninth,
        "hundredthirtieth": family_gen_blind_hundredthirtieth,
        "hundredthirtyfirst": family_gen_blind_hundredthirtyfirst,
        "hundredthirtysecond": family_gen_blind_hundredthirtysecond,
        "hundredthirtythird": family_gen_blind_hundredthirtythird,
        "hundredthirtyfourth": family_gen_blind_hundredthirtyfourth,
        "hundredthirtyfifth": family_gen_blind_hundredthirtyfifth,
        "hundredthirtysixth": family_gen_blind_hundredthirtysixth,
        "hundredthirtyseventh": family_gen_blind_hundredthirtyseventh,
        "hundredthirtyeighth": family_gen_blind_hundredthirtyeighth,
        "hundredthirtyninth": family_gen_blind_hundredthirtyninth,
        "hundredfortieth": family_gen_blind_hundredfortieth,
        "hundredfortyfirst": family_gen_blind_hundredfortyfirst,
        "hundredfortysecond": family_gen_blind_hundredfortysecond,
        "hundredfortythird": family_gen_blind_hundredfortythird,
        "hundredfortyfourth": family_gen_blind_hundredfortyfourth,
        "hundredfortyfifth": family_gen_blind_hundredfortyfifth,
        "hundredfortysixth": family_gen_blind_hundredfortysixth,
        "hundredfortyseventh": family_gen_blind_hundredfortyseventh,
        "hundredfortyeighth": family_gen_blind_hundredfortyeighth,
        "hundredfortyninth": family_gen_blind_hundredfortyninth,
        "hundredfiftieth": family_gen_blind_hundredfiftieth,
        "hundredfiftyfirst": family_gen_blind_hundredfiftyfirst,
        "hundredfiftysecond": family_gen_blind_hundredfiftysecond,
        "hundredfiftythird": family_gen_blind_hundredfiftythird,
        "hundredfiftyfourth": family_gen_blind_hundredfiftyfourth,
        "hundredfiftyfifth": family_gen_blind_hundredfiftyfifth,
        "hundredfiftysixth": family_gen_blind_hundredfiftysixth,
        "hundredfiftyseventh": family_gen_blind_hundredfiftyseventh,
        "hundredfiftyeighth": family_gen_blind_hundredfiftyeighth,
        "hundredfiftyninth": family_gen_blind_hundredfiftyninth,
        "hundredsixtieth": family_gen_blind_hundredsixtieth,
        "hundredsixtyfirst": family_gen_blind_hundredsixtyfirst,
        "hundredsixtysecond": family_gen_blind_hundredsixtysecond,
        "hundredsixtythird": family_gen_blind_hundredsixtythird,
        "hundredsixtyfourth": family_gen_blind_hundredsixtyfourth,
        "hundredsixtyfifth": family_gen_blind_hundredsixtyfifth,
        "hundredsixtysixth": family_gen_blind_hundredsixtysixth,
        "hundredsixtyseventh": family_gen_blind_hundredsixtyseventh,
        "hundredsixtyeighth": family_gen_blind_hundredsixtyeighth,
        "hundredsixtyninth": family_gen_blind_hundredsixtyninth,
        "hundredseventieth": family_gen_blind_hundredseventieth,
        "hundredseventyfirst": family_gen_blind_hundredseventyfirst,
        "hundredseventysecond": family_gen_blind_hundredseventysecond,
        "hundredseventythird": family_gen_blind_hundredseventythird,
        "hundredseventyfourth": family_gen_blind_hundredseventyfourth,
        "hundredseventyfifth": family_gen_blind_hundredseventyfifth,
        "hundredseventysixth": family_gen_blind_hundredseventysixth,
        "hundredseventyseventh": family_gen_blind_hundredseventyseventh,
        "hundredseventyeighth": family_gen_blind_hundredseventyeighth,
        "hundredseventyninth": family_gen_blind_hundredseventyninth,
        "hundredeightieth": family_gen_blind_hundredeightieth,
        "hundredeightyfirst": family_gen_blind_hundredeightyfirst,
        "hundredeightysecond": family_gen_blind_hundredeightysecond,
        "hundredeightythird": family_gen_blind_hundredeightythird,
        "hundredeightyfourth": family_gen_blind_hundredeightyfourth,
        "hundredeightyfifth": family_gen_blind_hundredeightyfifth,
        "hundredeightysixth": family_gen_blind_hundredeightysixth,
        "hundredeightyseventh": family_gen_blind_hundredeightyseventh,
        "hundredeightyeighth": family_gen_blind_hundredeightyeighth,
        "hundredeightyninth": family_gen_blind_hundredeightyninth,
        "hundredninetieth": family_gen_blind_hundredninetieth,
        "hundredninetyfirst": family_gen_blind_hundredninetyfirst,
        "hundredninetysecond": family_gen_blind_hundredninetysecond,
        "hundredninetythird": family_gen_blind_hundredninetythird,
        "hundredninetyfourth": family_gen_blind_hundredninetyfourth,
        "hundredninetyfifth": family_gen_blind_hundredninetyfifth,
        "hundredninetysixth": family_gen_blind_hundredninetysixth,
        "hundredninetyseventh": family_gen_blind_hundredninetyseventh,
        "hundredninetyeighth": family_gen_blind_hundredninetyeighth,
        "hundredninetyninth": family_gen_blind_hundredninetyninth, "twohundredth": family_gen_blind_twohundredth,
        "twohundredfirst": family_gen_blind_twohundredfirst, "twohundredsecond": family_gen_blind_twohundredsecond,
        "twohundredthird": family_gen_blind_twohundredthird, "twohundredfourth": family_gen_blind_twohundredfourth,
        "twohundredfifth": family_gen_blind_twohundredfifth, "twohundredsixth": family_gen_blind_twohundredsixth,
        "twohundredseventh": family_gen_blind_twohundredseventh, "twohundredeighth": family_gen_blind_twohundredeighth,
        "twohundredninth": family_gen_blind_twohundredninth, "twohundredtenth": family_gen_blind_twohundredtenth,
        "twohundredeleventh": family_gen_blind_twohundredeleventh,
        "twohundredtwelfth": family_gen_blind_twohundredtwelfth,
        "twohundredthirteenth": family_gen_blind_twohundredthirteenth,
        "twohundredfourteenth": family_gen_blind_twohundredfourteenth,
        "twohundredfifteenth": family_gen_blind_twohundredfifteenth,
        "twohundredsixteenth": family_gen_blind_twohundredsixteenth,
        "twohundredseventeenth": family_gen_blind_twohundredseventeenth,
        "twohundredeighteenth": family_gen_blind_twohundredeighteenth,
        "twohundrednineteenth": family_gen_blind_twohundrednineteenth,
        "twohundredtwentieth": family_gen_blind_twohundredtwentieth,
        "twohundredtwentyfirst": family_gen_blind_twohundredtwentyfirst,
        "twohundredtwentysecond": family_gen_blind_twohundredtwentysecond,
        "twohundredtwentythird": family_gen_blind_twohundredtwentythird,
        "twohundredtwentyfourth": family_gen_blind_twohundredtwentyfourth,
        "twohundredtwentyfifth": family_gen_blind_twohundredtwentyfifth,
        "twohundredtwentysixth": family_gen_blind_twohundredtwentysixth,
        "twohundredtwentyseventh": family_gen_blind_twohundredtwentyseventh,
        "twohundredtwentyeighth": family_gen_blind_twohundredtwentyeighth,
        "twohundredtwentyninth": family_gen_blind_twohundredtwentyninth,
        "twohundredthirtieth": family_gen_blind_twohundredthirtieth}
# sets about where a payload sits: >= 85% of each placement (every part of a request inspected) rather than of
# each sub-family (our remote-include rules read arguments only, as an include reads them)
# and the encodings set, whose sub-families are encodings of three to six requests, and the second and third
# authors of the rule titles, who spread each title over twelve places on two kinds of path: >= 85% of each
# family (the first authors' sets keep the bar per title; the titles under it are in docs/performance.md)
GROUPED_BY = {"fourteenth": "placement", "twentyfirst": "placement", "twentyfifth": "placement",
              "twentysixth": "placement", "thirtythird": "category", "thirtyeighth": "category", "fortieth": "category",
              "fortyfirst": "category", "fortysecond": "category", "fortythird": "category", "fortyfourth": "category",
              "fortyfifth": "category", "fortysixth": "category", "fortyseventh": "category",
              "fortyeighth": "category", "fortyninth": "category", "fiftieth": "category", "fiftyfirst": "category",
              "fiftysecond": "category", "fiftythird": "category", "fiftyfourth": "category", "fiftyfifth": "category",
              "fiftysixth": "category", "fiftyseventh": "category", "fiftyeighth": "category",
              "fiftyninth": "category", "sixtieth": "category", "sixtyfirst": "category", "sixtysecond": "category",
              "sixtythird": "category", "sixtyfourth": "category", "sixtyfifth": "category", "sixtysixth": "category",
              "sixtyseventh": "category", "sixtyeighth": "category", "sixtyninth": "category", "seventieth": "category",
              "seventyfirst": "category", "seventysecond": "category", "seventythird": "category",
              "seventyfourth": "category", "seventyfifth": "category", "seventysixth": "category",
              "seventyseventh": "category", "seventyeighth": "category", "seventyninth": "category",
              "eightieth": "category", "eightyfirst": "category", "eightysecond": "category",
              "eightythird": "category", "eightyfourth": "category", "eightyfifth": "category",
              "eightysixth": "category", "eightyseventh": "category", "eightyeighth": "category",
              "eightyninth": "category", "ninetieth": "category", "ninetyfirst": "category",
              "ninetysecond": "category", "ninetythird": "category", "ninetyfourth": "category",
              "ninetyfifth": "category", "ninetysixth": "category", "ninetyseventh": "category",
              "ninetyeighth": "category", "ninetyninth": "category", "hundredth": "category",
              "hundredfirst": "category", "hundredsecond": "category",
              "hundredthird": "category", "hundredfourth": "category",
              "hundredfifth": "category", "hundredsixth": "category",
              "hundredseventh": "category", "hundredeighth": "category", "hundredninth": "category",
              "hundredtenth": "category", "hundredeleventh": "category", "hundredtwelfth": "category",
              "hundredthirteenth": "category", "hundredfourteenth": "category", "hundredfifteenth": "category",
              "hundredsixteenth": "category", "hundredseventeenth": "category", "hundredeighteenth": "category",
              "hundrednineteenth": "category", "hundredtwentieth": "category", "hundredtwentyfirst": "category",
              "hundredtwentysecond": "category", "hundredtwentythird": "category", "hundredtwentyfourth": "category",
              "hundredtwentyfifth": "category", "hundredtwentysixth": "category",
              "hundredtwentyseventh": "category", "hundredtwentyeighth": "category", "hundredtwentyninth": "category",
              "hundredthirtieth": "category", "hundredthirtyfirst": "category", "hundredthirtysecond": "category",
              "hundredthirtythird": "category",
              "hundredthirtyfourth": "category", "hundredthirtyfifth": "category", "hundredthirtysixth": "category",
              "hundredthirtyseventh": "category", "hundredthirtyeighth": "category", "hundredthirtyninth": "category",
              "hundredfortieth": "category", "hundredfortyfirst": "category", "hundredfortysecond": "category",
              "hundredfortythird": "category", "hundredfortyfourth": "category", "hundredfortyfifth": "category",
              "hundredfortysixth": "category", "hundredfortyseventh": "category", "hundredfortyeighth": "category",
              "hundredfortyninth": "category", "hundredfiftieth": "category",
              "hundredfiftyfirst": "category", "hundredfiftysecond": "category", "hundredfiftythird": "category",
              "hundredfiftyfourth": "category", "hundredfiftyfifth": "category", "hundredfiftysixth": "category",
              "hundredfiftyseventh": "category", "hundredfiftyeighth": "category", "hundredfiftyninth": "category",
              "hundredsixtieth": "category", "hundredsixtyfirst": "category", "hundredsixtysecond": "category",
              "hundredsixtythird": "category", "hundredsixtyfourth": "category", "hundredsixtyfifth": "category",
              "hundredsixtysixth": "category", "hundredsixtyseventh": "category", "hundredsixtyeighth": "category",
              "hundredsixtyninth": "category", "hundredseventieth": "category", "hundredseventyfirst": "category",
              "hundredseventysecond": "category", "hundredseventythird": "category", "hundredseventyfourth": "category",
              "hundredseventyfifth": "category", "hundredseventysixth": "category", "hundredseventyseventh": "category",
              "hundredseventyeighth": "category", "hundredseventyninth": "category", "hundredeightieth": "category",
              "hundredeightyfirst": "category", "hundredeightysecond": "category", "hundredeightythird": "category",
              "hundredeightyfourth": "category", "hundredeightyfifth": "category", "hundredeightysixth": "category",
              "hundredeightyseventh": "category", "hundredeightyeighth": "category", "hundredeightyninth": "category",
              "hundredninetieth": "category", "hundredninetyfirst": "category", "hundredninetysecond": "category",
              "hundredninetythird": "category", "hundredninetyfourth": "category", "hundredninetyfifth": "category",
              "hundredninetysixth": "category", "hundredninetyseventh": "category", "hundredninetyeighth": "category",
              "hundredninetyninth": "category", "twohundredth": "category", "twohundredfirst": "category",
              "twohundredsecond": "category", "twohundredthird": "category", "twohundredfourth": "category",
              "twohundredfifth": "category", "twohundredsixth": "category", "twohundredseventh": "category",
              "twohundredeighth": "category", "twohundredninth": "category", "twohundredtenth": "category",
              "twohundredeleventh": "category", "twohundredtwelfth": "category", "twohundredthirteenth": "category",
              "twohundredfourteenth": "category", "twohundredfifteenth": "category", "twohundredsixteenth": "category",
              "twohundredseventeenth": "category", "twohundredeighteenth": "category",
              "twohundrednineteenth": "category", "twohundredtwentieth": "category",
              "twohundredtwentyfirst": "category", "twohundredtwentysecond": "category",
              "twohundredtwentythird": "category", "twohundredtwentyfourth": "category",
              "twohundredtwentyfifth": "category", "twohundredtwentysixth": "category",
              "twohundredtwentyseventh": "category", "twohundredtwentyeighth": "category",
              "twohundredtwentyninth": "category", "twohundredthirtieth": "category"}
# where our rules do not look by design, reported, not asserted: the Authorization header (security.waf.skip_headers:
# credentials are the next policy's, a Basic password holds what SQL and shell rules read) and the admin panel's
# password fields (its secret_fields: a generated password holds quotes, dashes and brackets)
PASSWORD_FIELD = re.compile(r'(?:^|&)password=|name="password"')
# and sub-families that are not attacks to our rules by design, also reported: a number alone (the rule-title
# set's "integer overflow" values: our 142350 judges the 32- and 64-bit boundaries and the doubles that hang
# parsers anywhere, the CRS's 942220 its own list in arguments; any other number is data); a link to another site
# whatever the parameter's name (our remote-include rules judge a URL's shape, not where it is set:
# "?page=https://x.example/a.php" is a link as much as an include); and the two titles that are CRS warnings,
# evidence that adds to a score rather than blocks (942110's lone quotes: "'s-Hertogenbosch" and an apostrophe
# typed alone are values; 942430's runs of punctuation: a password's mix with letters is one, while our 142340
# judges a dozen SQL-special characters with hardly a word between them)
NOT_TARGETED = {"thirtyfifth": ("integer-overflow", "injection-testing", "special-chars-exceeded"),
                "thirtyseventh": ("off-domain-reference", "common-param-url"),
                "thirtyeighth": ("integer-overflow", "injection-testing", "special-chars-exceeded"),
                "fortieth": ("rfi-off-domain", "rfi-common-param"),
                "fortyfirst": ("integer-overflow", "common-injection-testing", "special-char-count"),
                "fortysecond": ("off-domain", "vulnerable-param"),
                "fortythird": ("integer-overflow", "common-injection-testing", "special-char-anomaly"),
                "fortyfifth": ("rfi-off-domain",),
                "fortyseventh": ("integer-overflow-skipfish-magic-number", "common-injection-testing",
                                 "restricted-sql-char-anomaly"),
                "fortyninth": ("rfi-off-domain", "rfi-param-name"),
                "fiftieth": ("942220-integer-overflow", "942110-injection-testing", "942430-special-char-anomaly"),
                "fiftysecond": ("942220-int-overflow", "942110-common-testing", "942430-special-char-anomaly"),
                "fiftyfifth": ("integer-overflow", "injection-testing", "special-chars"),
                "fiftysixth": ("rfi-off-domain",),
                "fiftyseventh": ("942220-integer-overflow", "942110-injection-testing", "942430-special-char-anomaly"),
                "sixtieth": ("integer-overflow-magic-number", "common-injection-testing", "restricted-special-chars"),
                "sixtysecond": ("rfi-off-domain-reference", "rfi-common-vulnerable-parameter-name"),
                "sixtyfourth": ("rfi-off-domain", "rfi-vuln-param"),
                # (and an upload's file name sent as a plain value: our file-name rules judge a name where it
                # names a file, a multipart part or X-Filename; session fixation is CRS 943's, not an attack
                # family our rules target)
                "sixtyseventh": ("rfi-off-domain", "rfi-vulnerable-param", "java-script-upload", "php-script-upload"),
                "sixtyeighth": ("integer-overflow", "injection-testing", "special-char-anomaly"),
                "sixtyninth": ("session-fixation-referer", "session-fixation-no-referer", "rfi-param-name",
                               "rfi-off-domain", "java-jsp-upload", "php-script-upload"),
                # (and a PHP function's bare name outside arguments: CRS 933151 reads it there, at PL1 here; in the
                # path, the Referer or a prose field it is a word)
                "seventieth": ("injection-testing", "integer-overflow"),
                "seventyfirst": ("php-function-name-medium", "rfi-off-domain"),
                "seventythird": ("integer-overflow", "quote-probe", "special-char-anomaly"),
                "seventysixth": ("rfi-off-domain", "rfi-param-name"),
                "seventyseventh": ("integer-overflow", "common-injection-testing", "restricted-special-chars"),
                "seventyninth": ("rfi-off-domain-reference", "rfi-vulnerable-param-name"),
                "eightyfirst": ("integer-overflow-magic", "injection-testing-quotes", "special-char-anomaly"),
                "eightysecond": ("rfi-off-domain", "rfi-vulnerable-param-name"),
                "eightythird": ("sqli-integer-overflow", "sqli-injection-testing", "sqli-special-char-anomaly"),
                "eightyfourth": ("rfi-off-domain", "rfi-vuln-param"),
                "eightyseventh": ("session-id-off-domain-referer", "session-id-no-referer", "rfi-off-domain",
                                  "rfi-param-name", "integer-overflow", "common-testing", "special-char-anomaly"),
                "eightyeighth": ("rfi-off-domain", "rfi-param-name", "sqli-integer-overflow", "sqli-probe-quotes",
                                 "sqli-special-char-anomaly", "session-fixation-off-domain-referer",
                                 "session-fixation-no-referer"),
                "eightyninth": ("integer-overflow-magic-number", "common-injection-testing", "special-char-anomaly"),
                "ninetyfirst": ("rfi-off-domain-reference", "rfi-vulnerable-param-name"),
                "ninetyseventh": ("integer-overflow-magic-number", "common-injection-testing", "special-char-anomaly"),
                "ninetyninth": ("rfi-off-domain-reference", "rfi-vulnerable-param-name"),
                "hundredfirst": ("integer-overflow-magic-number", "common-injection-testing", "special-char-anomaly"),
                "hundredsecond": ("rfi-off-domain-reference", "rfi-vulnerable-param-name"),
                "hundredfifth": ("sqli-integer-overflow", "sqli-injection-testing", "sqli-special-char-anomaly"),
                "hundredsixth": ("rfi-off-domain-reference", "rfi-common-param-name"),
                "hundredseventh": ("integer-overflow", "common-injection-testing", "restricted-special-chars"),
                "hundredninth": ("rfi-off-domain-reference",),
                "hundredeleventh": ("integer-overflow-magic-number", "common-injection-testing",
                                    "special-char-anomaly"),
                "hundredthirteenth": ("rfi-off-domain-reference", "rfi-vulnerable-param-name"),
                "hundredfifteenth": ("integer-overflow-magic-number", "common-injection-testing",
                                     "restricted-sql-char-anomaly-args"),
                "hundredseventeenth": ("rfi-off-domain-link",),
                "hundrednineteenth": ("sqli-integer-overflow", "sqli-common-injection-testing",
                                      "sqli-restricted-special-characters"),
                "hundredtwentyfirst": ("rfi-off-domain-reference", "rfi-common-param-name"),
                "hundredtwentythird": ("integer-overflow-magic-number", "common-injection-testing",
                                       "special-char-anomaly"),
                "hundredtwentyfifth": ("rfi-off-domain-link",),
                "hundredtwentyninth": ("off-domain-reference", "include-parameter-with-url"),
                "hundredthirtythird": ("off-domain-reference", "include-parameter-with-url"),
                "hundredthirtyseventh": ("off-domain-reference", "include-parameter-with-url"),
                "hundredfortyfirst": ("off-domain-reference", "include-parameter-with-url"),
                "hundredfortyfifth": ("off-domain-reference", "include-parameter-with-url"),
                "hundredfortyninth": ("off-domain-reference", "include-parameter-with-url"),
                "hundredfiftythird": ("off-domain-reference", "include-parameter-with-url"),
                "hundredfiftyseventh": ("off-domain-reference", "include-parameter-with-url"),
                "hundredsixtyfirst": ("off-domain-reference", "include-parameter-with-url"),
                "hundredsixtyfifth": ("off-domain-reference", "include-parameter-with-url"),
                "hundredsixtyninth": ("off-domain-reference", "include-parameter-with-url"),
                "hundredseventythird": ("off-domain-reference", "include-parameter-with-url"),
                "hundredseventyseventh": ("off-domain-reference", "include-parameter-with-url"),
                "hundredeightyfirst": ("off-domain-reference", "include-parameter-with-url"),
                "hundredeightyfifth": ("off-domain-reference",),
                "hundredeightyninth": ("off-domain-reference",),
                "hundredninetythird": ("off-domain-reference",),
                "hundredninetyseventh": ("off-domain-reference",),
                "twohundredfirst": ("off-domain-reference", "include-parameter-with-url"),
                "twohundredfifth": ("off-domain-reference", "include-parameter-with-url"),
                "twohundredninth": ("off-domain-reference", "include-parameter-with-url"),
                "twohundredthirteenth": ("off-domain-reference", "include-parameter-with-url"),
                "twohundredseventeenth": ("off-domain-reference", "include-parameter-with-url"),
                "twohundredtwentyfirst": ("off-domain-reference", "include-parameter-with-url"),
                "twohundredtwentyfifth": ("off-domain-reference", "include-parameter-with-url"),
                "twohundredtwentyninth": ("off-domain-reference", "include-parameter-url"),
                # (and keywords cut by combining marks: nothing on this product's path strips them before a
                # payload runs, and they are letters' accents in half the world's text; NFKC's compatibility
                # letters and the invisible characters IDNA drops are read folded, edge.waf.compat_fold)
                "ninetyfifth": tuple(f"combining-mark-{family}" for family in ("sqli", "xss", "php", "rce", "lfi",
                                                                                "rfi", "java", "generic", "ssti"))}


# sets whose remote-include family is links to other sites in every wrapping (a link without an include's marks
# is a link, as NOT_TARGETED's off-domain sub-families; in the ninety-sixth, inside a GraphQL document, a SOAP
# attribute or JSON with comments): reported, not asserted
OFF_DOMAIN_RFI = {"eightysixth", "ninetyfifth", "ninetysixth"}


# and the headers the WAF skips (gateway.policies.waf.SKIP_HEADERS; either copy, any spelling of the name): a
# client's Authorization, and its X-Request-Id, which the edge passes on only well-formed (edge_locations.j2's map:
# letters, digits, ".", "_", ":" and "-"), any other never reaching the application or a log
# and a remote include's URL in a header, the path or a chat message after its lead-in: our remote-include rules
# read an argument that is a URL, as an include reads it (in a header only the shapes no Referer carries count,
# 131120)
UNINSPECTED_HEADERS = {f"header:{name}" for name in SKIP_HEADERS}


def by_design(name: str, rec: dict[str, Any]) -> bool:
    return rec["placement"].removeprefix("rs-").lower() in UNINSPECTED_HEADERS or rec["sub"] in NOT_TARGETED.get(
        name, ()) or (
        rec["category"] == "rfi" and name in OFF_DOMAIN_RFI) or (
        rec["uri"].startswith("/admin/") and bool(PASSWORD_FIELD.search(rec.get("body") or ""))) or (
        rec["category"] == "rfi" and (rec["placement"].startswith("header") or rec["placement"] == "path"
                                      or rec["uri"].startswith("/slack/")))
# the benign record ids (by kind) of developer content outside chat, in each set's own naming; a Referer's query
# is judged as the arguments it holds, so the same search terms in another site's Referer count as typed into a
# search box (browsers send a query in a cross-origin Referer only under an unsafe-url referrer policy)
DEVELOPER_CONTENT = {"ninth": ("-code-bio-", "-search-"),
                     "tenth": ("-chat-bio-", "-web-prose-", "-file-", "-tpl", "-cfg-"),
                     "eleventh": ("-devsql-bio-", "-ben-prose-", "-ben-search-"),
                     "twelfth": ("-devchat-bio-", "-links-prose-", "-math-"),
                     "thirteenth": ("-bio-", "-prose-", "-file-", "-ticket-", "-settings-"),
                     "fourteenth": ("-devcode-bio-",),
                     "fifteenth": ("-bio-", "-prose-", "-config-", "-search-"),
                     "sixteenth": ("-devshell-bio-", "-search-", "-docs-prose-", "-value-"),
                     "seventeenth": ("-devsql-bio-", "-filter-"),
                     "eighteenth": ("-devhtml-bio-", "-docs-prose-", "-review-", "-markdown-"),
                     # (and a callback URL to localhost: an SSRF where a server fetches it)
                     "nineteenth": ("-bio-", "-notify-", "-jinja-", "-java-", "-url-0059", "-url-0060"),
                     "twentieth": ("-bio-", "-docs-prose-", "-field-"),
                     # (and an SVG file uploaded: its <svg> tag)
                     "twentyfirst": ("-devcode-bio-", "-multipart-0265"),
                     # (and a Redis URL to an internal host: an SSRF where a server connects to it)
                     "twentysecond": ("-devcode-bio-", "-docs-prose-", "-names-"),
                     "twentythird": ("-devcode-bio-", "-template-", "-stacktrace-", "-config-", "-settings-",
                                     "-prose-"),
                     "twentyfourth": ("-devcode-bio-", "-math-"),
                     # (and a raw install script's URL as a website: a code host's script is an include's
                     # source; "net user" typed into a search box; a recent-searches cookie "nc state,bash")
                     "thirtyfirst": ("-bio-", "-url-0213", "-url-0214", "-search-0314", "-cookie-0412"),
                     # (and a paste host's raw text as a website; a callback URL to localhost: an SSRF where a
                     # server fetches it)
                     "thirtysecond": ("-bio-", "-url-0223", "-url-0224", "-link-0419", "-link-0420"),
                     # (and "union select furniture" typed into a search box)
                     "thirtyfifth": ("-bio-", "-search-0343", "-search-0344"),
                     # (and the survey commands uname, ifconfig and netstat typed alone into a search box)
                     "thirtyseventh": ("-bio-", "-search-0277", "-search-0278", "-search-0279"),
                     # (and "1 or 2" in a search box and a name: WHERE id=1 or 2 is every row)
                     "thirtyeighth": ("-bio-", "-search-0271", "-name-0272", "-adminsearch-0273"),
                     # (and "1 or 2" and "sleep 5" typed into search boxes, "sleep(5)" in a search engine's
                     # Referer, code in review comments)
                     "fortythird": ("-bio-", "-comment-", "search-", "searchref-", "-referer-0980"),
                     # (and PHP function names, php:// and __proto__ typed into a search box)
                     "fortyfourth": ("-bio-", "-comment-", "search-"),
                     # (and Invoke-WebRequest, win.ini and boot.ini typed into a search box or a search engine's
                     # Referer; a Referer with "/../", which a browser resolves before sending)
                     "fortyfifth": ("-bio-", "search-", "-header-0885", "-header-0888"),
                     # (and code in review comments; "drop table tennis", "http://localhost" and "file://
                     # protocol" typed into a search box; an upload named by its absolute Windows path)
                     "fortysixth": ("-bio-", "-review-", "-search-", "-upload-1020"),
                     # (and the magic float and 2**64 - 1 typed into a search box; "union select furniture" and
                     # 2147483647 in other sites' Referers)
                     "fortyseventh": ("-bio-", "-search-0547", "-search-0548", "-search-0549", "-search-0550",
                                      *(f"-header-{n:04d}" for n in range(909, 1005, 5))),
                     # (and PHP function names and "@import" typed into a search box; a .php page, which no route
                     # serves)
                     "fortyeighth": ("-bio-", "-search-", "-root-1042", "-root-1055"),
                     # (and survey commands typed alone into search boxes, also on paths no route serves, and .php
                     # pages; /etc/hosts named in an XML note; a CLI's User-Agent naming its shell, "(linux; bash)")
                     "fortyninth": ("-bio-", "-search-", "-rssearch-", "-rsbio-", "-xml-0759", "-header-0695"),
                     # (and JavaScript and CSS terms typed into search boxes; template syntax in notes)
                     "fiftyfirst": ("-bio-", "search-", "-notes-0747"),
                     # (and "1 or 2" typed into search boxes, "sleep(5) hours" in a search engine's Referer, "If 1 = 1
                     # and 2 = 2" in notes and a search box)
                     "fiftysecond": ("search-", "-notes-0741", "-prose-0811"),
                     "fiftythird": ("-bio-", "-search-"),
                     # (and "whoami" and "/etc" typed into a search box, a Windows system path in a note, .php pages
                     # on paths no route serves)
                     "fiftyfourth": ("-bio-", "-search-", "-prose-0429", "-rs-", "-referer-0727"),
                     # (and the same developer texts as XML notes and profile fields; win.ini in a link's query;
                     # survey commands typed alone into search boxes; .php pages, which no route serves)
                     "fiftysixth": ("-bio-", "-xmlnote-", "-field-", "-search-", "-header-0583", "-rsbenign-"),
                     # (and "1 or 2", "delete from where" and "drop table furniture" typed into search boxes; .php
                     # pages, which no route serves)
                     "fiftyfifth": ("-prose-0225", "-search-", "-rs-", "-referer-0680"),
                     # (and "$ne" typed into a search box)
                     "fiftyseventh": ("-bio-", "-search-"),
                     # (and JavaScript and CSS terms typed into search boxes, a search engine's Referer naming
                     # document.cookie; pages on .php paths)
                     "fiftyeighth": ("-bio-", "search-", "-header-0691", "-rsben-"),
                     # (and "popen" typed into search boxes, also on paths no route serves; a SQL dump's name as an
                     # upload; .php pages)
                     "fiftyninth": ("-bio-", "search-", "-upload-0869", "-rsjson-"),
                     # (and "1 or 2" typed into search boxes and an item's title, a developer's SELECT as a note)
                     "sixtieth": ("-bio-", "-search-", "-query-", "-comment-", "-item-0523"),
                     # (and ".env", "!!" and win.ini typed alone into search boxes and notes)
                     "sixtysecond": ("-bio-", "-prose-", "-search-", "-note-"),
                     # (and "popen" typed into search boxes)
                     "sixtythird": ("-bio-", "search-"),
                     # (and survey commands typed alone into search boxes; a search engine's Referer naming
                     # Get-ChildItem, a Referer with "/../", which a browser resolves before sending)
                     "sixtyfourth": ("-bio-", "-prose-", "search-", "-referer-0790", "-referer-0795"),
                     # (and survey commands, win.ini and phpinfo typed into search boxes; every request to a .php or
                     # CGI page, which no route serves)
                     "sixtyfifth": ("-bio-", "-search-", "-sitesearch-", "-headers-", "-profile-0880"),
                     # (and a parameterised SELECT typed into a search box and a settings field)
                     "sixtysixth": ("-bio-", "-search-", "-form-0124", "-settings-0125"),
                     # (and a template partial and a regex typed into settings, "/etc/nginx" in a recent-searches
                     # cookie)
                     "sixtyseventh": ("-bio-", "-patch-0132", "-settings-0536", "-cookie-0766"),
                     # (and PHP function names, win.ini and survey commands typed into search boxes)
                     "sixtyninth": ("-bio-", "-bioedit-", "search-"),
                     # (and a docs Referer naming ProcessBuilder; an intranet wiki as a profile's website: an SSRF
                     # where a server fetches it)
                     "seventysecond": ("-bio-", "-referer-0365", "-url-0491", "-url-0492"),
                     # (and survey commands typed into search boxes and a signature field)
                     "seventyfourth": ("-bio-", "search-", "-settings-0491"),
                     # (and a bio "SQL nerd: SELECT coffee FROM kitchen WHERE fresh = true" in six profiles)
                     "seventyfifth": ("-bio-", *(f"-profile-{n:04d}" for n in range(835, 911, 15))),
                     # (and "--", 2^31 and 1e309 typed into search boxes, a calendar event's id 2^32 in a Referer)
                     "seventyseventh": ("-bio-", "search-", "-url-0677"),
                     # (and survey commands and ".env" typed into search boxes, a profile's FTP link to a readme)
                     "seventyninth": ("-bio-", "search-", "-url-0383", "-url-0384"),
                     # (and the same developers' status lines)
                     "eightieth": ("-bio-", "-status-"),
                     # (and the same developers' texts in search boxes, XML notes and a text file)
                     # (and a profile's "SELECT * FROM hobbies; -- reading, hiking" in JSON, a form and XML)
                     "eightyfirst": ("-bio-", "-profile-0565", "-profile-0566", "-profile-0567"),
                     "eightysecond": ("-bio-", "search-", "-xml", "-upload-0358"),
                     # (and "$ne", "union select", "or 1", "{{7*7}}" typed into search boxes)
                     "eightythird": ("-bio-", "search-"),
                     # (and "whoami", "uname", ".env" and "/bin/sh" in a sentence typed into search boxes)
                     "eightyfourth": ("-bio-", "search-", "-prose-"),
                     # (and "phpmyadmin" typed into a search box)
                     "eightyfifth": ("-bio-", "search-"),
                     # (and Mongo-style filter documents, whose operators 142290 reads as a NoSQL injection: this
                     # product's API takes none, a route that did would exclude the rule on its filter field; a
                     # bio's backticked `<marquee>` in profiles and merge patches, the same developers' patches)
                     "eightyseventh": ("-bio-", "-filter-", "-profile-", "-merge-", "-patch-0661", "-patch-0700"),
                     # (and the same developers' notes)
                     "eightyninth": ("-bio-", "-comment-"),
                     # (and the same developers' texts typed into search boxes)
                     "ninetieth": ("-bio-", "search-"),
                     # (and "whoami", "net user" and "/etc" typed into search boxes, a log file's path in an admin's
                     # search, a search engine's Referer naming Get-ChildItem)
                     "ninetyfirst": ("-bio-", "search-", "-prose-0393", "-header-0721"),
                     # (and "for(;;) coffee();" as a profile's bio)
                     "ninetysecond": ("-bio-", "-profile-0506"),
                     # (and a PATH entry typed into search boxes, a local health URL as a website and a search)
                     "ninetythird": ("-bio-", "search-0251", "adminsearch-0252", "-profile-0389", "-search-0390"),
                     # (and a legacy application's parameters sent to this product's routes: a WordPress upload's
                     # path, ASP.NET's aspxerrorpath)
                     "ninetyfourth": ("-bio-", "-params-0272", "-params-0273", "-params-0338", "-params-0339"),
                     # (and OData's $filter, a query language 142100 reads as SQL: this product's API takes none)
                     "ninetysixth": ("-odata-",),
                     # (and 2^63 - 1 and 2^64 - 1 typed into search boxes and sent as an external id, "/etc" typed
                     # into a search box, an address on "Sysdatabases Close", a CV whose name holds `Vic`)
                     "ninetyseventh": ("-bio-", "search-", "-number-", "-profile-0591", "-profile-0620"),
                     # (and "phpMyAdmin" and "passthru" typed into search boxes)
                     "ninetyeighth": ("-bio-", "search-"),
                     # (and survey commands, ".env" and "../docs" typed into search boxes; a Referer with "/../",
                     # which a browser resolves before sending; a client-info header naming its shell,
                     # "(Windows 11; PowerShell 7)")
                     "ninetyninth": ("-bio-", "search-", "-headers-0782", "-headers-0790"),
                     # (and a bio naming the cloud metadata address, in a profile and its patch)
                     "hundredth": ("-bio-", "-profile-0657", "-profile-0658"),
                     # (and 2^31 - 1 in a search engine's Referer)
                     "hundredfirst": ("-bio-", "search-"),
                     # (and survey commands typed alone into search boxes)
                     "hundredsecond": ("-bio-", "search-"),
                     # (and "popen" and "php://" typed into search boxes)
                     "hundredthird": ("-bio-", "search-"),
                     # (and gadget names and serialization magic typed into search boxes, a Perl script uploaded)
                     "hundredfourth": ("-bio-", "search-", "-upload-0709"),
                     # (and win.ini typed into search boxes, a shell script uploaded, a search engine's Referer
                     # naming Invoke-WebRequest, a Referer with "/../", a signature "select * from coffee;")
                     "hundredsixth": ("-bio-", "search-", "-admin-0372", "-upload-0646", "-referer-0712",
                                      "-referer-0721", "-settings-0862", "-comment-"),
                     # (and "openrowset" typed into search boxes, a signature "SELECT * FROM coffee;")
                     "hundredseventh": ("-bio-", "search-", "-settings-0595"),
                     # (and "php.ini" and "passthru" typed into search boxes)
                     "hundredeighth": ("-bio-", "search-", "-query-0372", "-query-0484"),
                     # (and command names and system paths typed into search boxes, a Referer with "/../", and
                     # uploads whose content is an .htaccess handing .jpg files to PHP)
                     "hundredninth": ("-bio-", "search-", "-upload-", "-referer-0798"),
                     # (and an admin's notes on a user about code, and "metadata.google.internal" in prose)
                     "hundredtenth": ("-bio-", "-note-", "-prose-0434"),
                     # (and "popen" and "putenv" typed into the admin's search box)
                     "hundredtwelfth": ("-bio-", "search-", "-prose-0468", "-prose-0473"),
                     # (and "C:\\Program Files\\App\\config.ini" quoted in a support note)
                     "hundredthirteenth": ("-bio-", "search-", "-prose-0365", "-comment-0670"),
                     # (and the magic integer 2147483647 as an XML attribute's value)
                     "hundredfifteenth": ("-bio-", "-field-0517"),
                     # (and a Java session id in a URL's path parameter: 136130 refuses session fixation by design)
                     "hundredsixteenth": ("-bio-", "-path-0831"),
                     # (and a developer's comment quoting the "' OR 1=1" the WAF refused on staging)
                     "hundrednineteenth": ("-bio-", "-comment-0743"),
                     # (and "bash; zsh; pwsh; cmd" as a list of skills, and a Java session id in the path of
                     # every "shaped" request: 136130 refuses session fixation by design)
                     "hundredtwentyfirst": ("-bio-", "-settings-0481", "-shaped-"),
                     # (and "what is a union select" typed into search boxes)
                     "hundredtwentythird": ("-bio-", "search-"),
                     # (and a bio sent as XML, "the <?php tag at the top of that template is redundant")
                     "hundredtwentyfourth": ("-bio-", "-xml-0301"),
                     # (and command names and Windows files typed into search boxes)
                     "hundredtwentyfifth": ("-bio-", "search-"),
                     # (and "win.ini" and "backup.sql" typed into search boxes, an admin's search for the note
                     # "the curl | sh install method is not allowed")
                     "hundredtwentyninth": ("-bio-", "search-", "-prose-0279"),
                     # (and "169.254.169.254" and "__proto__" typed into search boxes)
                     "hundredthirtieth": ("-bio-", "search-"),
                     # (and "user.ini" typed into a search box)
                     "hundredtwentyeighth": ("-bio-", "search-0191"),
                     # (and "php.ini" typed into a search box)
                     "hundredthirtysecond": ("-bio-", "search-0163"),
                     # (and "win.ini" and "whoami" typed into search boxes)
                     "hundredthirtythird": ("-bio-", "search-"),
                     # (and a localhost callback URL in a field /api/users does not have: the OAuth client form, where
                     # one is registered, spares 131200)
                     "hundredthirtyfifth": ("-bio-", "-typed-0243"),
                     # (and "phpinfo" typed into a search box)
                     "hundredthirtysixth": ("-bio-", "search-"),
                     # (and "phpinfo", "passthru" and "popen" typed into search boxes)
                     "hundredfortieth": ("-bio-", "search-"),
                     # (and system files and commands typed into search boxes, a Windows log path, a PowerShell error
                     # and PHP's session files named in the admin's search box, and scripts uploaded to the CSV import)
                     "hundredfortyfifth": ("-bio-", "search-", "-prose-0221", "-prose-0240", "-prose-0246", "-upload-"),
                     # (and "169.254.169.254" typed into a search box, template syntax cheat sheets in the admin's)
                     "hundredfortysixth": ("-bio-", "search-", "-prose-"),
                     # (and system files and commands typed into search boxes, a paste site's raw link as a website,
                     # "C:\Windows\System32" read out in a support note, a search engine's Referer naming
                     # Invoke-WebRequest)
                     "hundredfortyninth": ("-bio-", "search-", "-url-0205", "-url-0206", "-prose-0228", "-header-0284"),
                     # (and "$regex" typed into a search box)
                     "hundredfiftyfirst": ("-bio-", "search-"),
                     # (and system files and commands typed into search boxes)
                     "hundredfiftythird": ("-bio-", "search-"),
                     # (and a deserialization tool's repository as a website and a link, an admin's search box holding
                     # triage notes that quote "${7*7}", the metadata service's address and the tool's gadget chain)
                     "hundredfiftyfourth": ("-bio-", "search-", "-url-0196", "-url-0197", "-prose-0217", "-prose-0220",
                                            "-prose-0221"),
                     # (and "phpinfo" typed into a search box)
                     "hundredfiftysixth": ("-bio-", "search-"),
                     # (and system files typed into search boxes, an admin's search box holding a Windows agent's log
                     # path and "curl | sh installers are discouraged")
                     "hundredfiftyseventh": ("-bio-", "search-", "-prose-0200", "-prose-0218"),
                     # (and an admin's search box holding "no file:// or gopher://")
                     "hundredfiftyeighth": ("-bio-", "-prose-0231"),
                     # (and links to the development stack's own origin, https://localhost:8443, saved as a website
                     # and an avatar, and "(win.ini, boot.ini era)" in an admin's search box)
                     "hundredsixtyfirst": ("-bio-", "-url-018", "-url-0190", "-prose-0244"),
                     # (and an admin's search box holding a honeypot note that names xp_cmdshell)
                     "hundredsixtythird": ("-bio-", "-prose-0244"),
                     # (and "php.ini" typed into a search box)
                     "hundredsixtyfourth": ("-bio-", "search-"),
                     # (and a training channel's prose "union select lab - instructor notes", a search for win.ini)
                     "hundredsixtyseventh": ("-bio-", "-prose-0217"),
                     "hundredsixtyninth": ("-bio-", "-search-0169"),
                     # (and "curl | sh installers to pin" in an admin's search box, as the 157th's)
                     "hundredseventyseventh": ("-bio-", "-prose-0237"),
                     # (and template, Spring, Node and Ruby tips typed into an admin's search box)
                     "hundredeightysecond": ("-bio-", "-prose-0242", "-prose-0243", "-prose-0245", "-prose-0248",
                                             "-prose-0249", "-prose-0250"),
                     # (and "net user" and "whoami" typed into search boxes)
                     "hundredeightyfifth": ("-bio-", "search-"),
                     # (and "xp_cmdshell audit" typed into an admin's search box)
                     "hundredninetyfifth": ("-bio-", "-prose-0246"),
                     # (and a deploy script's name given to the admin panel's user import, which takes CSV)
                     "twohundredfirst": ("-bio-", "-upload-"), "twohundredfifth": ("-bio-", "-upload-"),
                     # (and "lodash merge __proto__" typed into the admin panel's user search)
                     "twohundredtenth": ("-bio-", "-prose-"),
                     # (and a PACS log's Windows path quoted into the admin panel's user search)
                     "twohundredseventeenth": ("-bio-", "-prose-"),
                     # (and a training job's shell script given to the admin panel's user import)
                     "twohundrednineteenth": ("-bio-", "-upload-"), "twohundredtwentyfirst": ("-bio-", "-upload-"),
                     # (and build artifacts, scripts and a service's .war, given to that import)
                     "twohundredtwentyfifth": ("-bio-", "-upload-"), "twohundredtwentysixth": ("-bio-", "-upload-")}
# the overall bar of a set, where it is not 95%: the shortest SQL fragments placed where production traffic
# reaches us (a lone operator, a comparison, a comment mark, a quote): much of it what the CRS reads only at
# PL2, as warnings (the sixty-eighth: 77.1% when written, 87.1% after its round's rules; the seventy-third,
# written after them: 87.6%, 88.5% after its own; docs/performance.md)
# The seventy-sixth puts every payload where browsers carry it besides the form (a Referer's query, the
# User-Agent, cookies, proxies' headers), where the CRS reads few rules: 90.5% when written, 93.2% after its round
BARS = {"sixtyeighth": 0.85, "seventythird": 0.85, "seventysixth": 0.92}


# a benign request for a page this product does not have, a PHP, CGI or other server script (a regression suite's
# /index.php or /cgi-bin/test.cgi, an old site's /cgi-bin/search.pl): to this gateway a probe, refused by our 130160
# whatever it carries; reported, not asserted
SCRIPT_PATH = re.compile(r"^(?:/cgi-bin/|[^?]*\.(?:php\d?|cgi|aspx?|jsp|pl|py|cfm)(?:[/?]|$))")


@pytest.mark.parametrize("name", SETS.keys())
def test_blind_set(sec_stack: StackHandle, name: str) -> None:
    run = replay_blind(sec_stack, SETS[name])
    by_ours = run.benign_blocked(ours_alone)
    report = run.report("by our rules without a CRS detection", by_ours)
    scripts = {rec["id"] for rec, _, _ in run.benign if SCRIPT_PATH.match(rec["uri"])}
    report += f"\n  of them requests for PHP or CGI scripts: {len(scripts & by_ours.keys())}"
    by_ours = {k: v for k, v in by_ours.items() if k not in scripts}
    kinds = DEVELOPER_CONTENT.get(name, ("-bio-",))
    counted = sorted(k for k in by_ours if any(kind in k for kind in kinds))
    report += f"\n  of them developer content outside chat ({', '.join(kinds)}): {len(counted)}"
    attacks = [a for a in run.attacks if not by_design(name, a[0])]
    report += "\n  not asserted by design (Authorization, the admin panel's password fields, NOT_TARGETED): " \
              f"{sum(b for _, _, b in run.attacks) - sum(b for _, _, b in attacks)}/{len(run.attacks) - len(attacks)}"
    print(report)
    assert sum(b for _, _, b in attacks) >= BARS.get(name, 0.95) * len(attacks), report
    groups = tally(attacks, GROUPED_BY.get(name, "sub"))
    low = {k: f"{c['blocked']}/{c['total']}" for k, c in groups.items() if c["blocked"] < 0.85 * c["total"]}
    assert not low, f"under 85%: {low}{report}"
    assert sorted(by_ours) == counted, report
    assert not [k for k in run.benign_blocked() if "-slack-" in k], report
