"""A week of autumn term at an online-learning platform that runs Jeeves, on every route of the edge (benign only).

Tessellate Academy teaches maths, statistics, programming (Python, JavaScript, SQL, Bash) and languages to
cohorts of students all over the world. About 1,730 requests in a deployment's proportions: Slack first (the
staff workspace, the learners' community and a partner university: channel chat, threads, @mentions, DMs,
edits, file shares with code previews, link unfurls, reactions, App Home, `/jeeves` commands, button clicks
and modal submissions), then the data API (scripts, CI, dashboards, the mobile app and the browser-based
course-authoring studio, all with bearer tokens), the admin panel, `/me/`, Sign in with Slack, TokenDealer and
the health and metadata endpoints.

Two shares are checked closely and carry their own kinds: what students and tutors type (answers, questions,
pasted code, maths in LaTeX and plain text) into Slack (`slack-typed`, `command-typed`), into the data API's
JSON (`api-typed`: bios, comments and submissions the mobile app and LMS sync write to a user record) and into
search boxes (`search-typed`), about 400 requests; and the course-authoring studio saving whole exercises
(starter code, solutions, test cases, expected outputs, hints, rubrics) to the author's record through
`PATCH /api/users/<id>` (`authoring`, 300 requests).

How it was written: by an independent benign author (the twenty-fifth evaluator), from the route list of
gateway/gateway.yaml (names, match, methods, upstreams only), the handlers in app/ and tokendealer/, README.md,
the record structure of benign_day_gen.py, and general knowledge of what Slack, browsers, mobile apps, SDKs
and CLIs send. No WAF rule, exclusion, ruleset or other generator's texts were read; the texts were not
changed after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, multipart_form, form_request, token_request, verify_request, get_request, cross_site_arrival,
ga_cookie, me_exit_form, oidc_params, link_preview, link_visit, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

SEED = 25_0916
EPOCH = 1726473600  # 2024-09-16 08:00 UTC, Monday of week 3 of autumn term
HOST = "edge.tessellate.academy"
BASE = f"https://{HOST}"
STUDIO = "https://studio.tessellate.academy"
APP_ID, BOT_USER = "A07TESSJVS", "U07JEEVESB"
VERIFY_TOKEN = "kq3RrT0sYx8vNc2LmWp5HdAe"
# (team id, domain, weight): the staff workspace, the learners' community, a partner university
TEAMS = [("T04TESSELA", "tessellate-staff", 5), ("T06LEARNRS", "tessellate-learners", 4),
         ("T07UNIPART", "uni-partner-hub", 1)]
CHANNELS = {
    "T04TESSELA": ["general", "random", "ta-lounge", "py101-staff", "autograder-alerts", "content-authoring",
                   "support-escalations", "eng-platform", "office-lisbon", "office-bangalore", "grading"],
    "T06LEARNRS": ["announcements", "introductions", "py101-help", "js201-help", "sql-help", "bash-help",
                   "calc-i", "linear-algebra", "stats", "study-buddies", "off-topic", "español", "日本語-practice",
                   "career-corner"],
    "T07UNIPART": ["general", "joint-capstone", "exam-board", "ta-exchange"],
}
COURSES = [("PY-101", "Intro to Python"), ("JS-201", "JavaScript for the Web"), ("DB-150", "SQL for Analysts"),
           ("SH-110", "Command Line Basics"), ("MATH-120", "Calculus I"), ("MATH-215", "Linear Algebra"),
           ("STAT-210", "Probability & Statistics"), ("DS-300", "Data Science with pandas"),
           ("ALG-230", "Algorithms & Data Structures"), ("ESP-B1", "Español B1"), ("JPN-101", "日本語 入門"),
           ("WEB-120", "HTML & CSS Foundations")]

FIRST = ["Aoife", "Siobhán", "Jean-Luc", "Anne-Marie", "Zoë", "José", "João", "Thảo", "Minh", "Kwame", "Ngozi",
         "Chidi", "Fatou", "Mamadou", "Aylin", "Zeynep", "Aigerim", "Olena", "Bohdan", "Magdalena", "Jiří",
         "Håkon", "Sigrún", "Priyanka", "Arjun", "Lakshmi", "Tamar", "Yosef", "Layla", "Omar", "Parisa",
         "Mei-Ling", "Haruto", "Yuna", "Min-jun", "Seo-yeon", "Liam", "Mateo", "Camila", "Lucía", "Aroha",
         "Keoni", "D'Andre", "Ja'Marcus", "Renée", "Björn", "Ifeoma", "Mary-Kate", "Hamid", "Rustam"]
LAST = ["O'Connor", "D'Souza", "McAllister-Reid", "Nguyễn", "Trần", "Okonkwo", "Mensah", "Diallo", "Yılmaz",
        "Öztürk", "Kowalczyk", "Dvořák", "Müller-Lüdenscheidt", "Fernández-Ortega", "García Márquez",
        "de la Cruz", "van den Heuvel", "Dell'Acqua", "D'Amico", "Al-Hashimi", "bin Ismail", "Ó Briain",
        "Mac Giolla Phádraig", "Kealoha", "Te Rangi", "Takahashi", "Park", "Wang", "Chatterjee", "Iyer",
        "Petrenko", "Björnsdóttir", "Lindqvist", "Papadakis", "Cohen-Levi", "Haddad", "Rahimi", "St. John",
        "Smith-Jones", "N'Diaye"]
NATIVE_NAMES = ["田中 美咲", "김민지", "王小明", "Анастасія Коваленко", "محمد العلي", "Δημήτρης Παπαδόπουλος",
                "שירה לוי", "प्रिया शर्मा", "Nguyễn Thị Lan", "Ólafur Ragnar Grímsson"]
PLACES = ["Lisboa", "Porto", "São Paulo", "Belo Horizonte", "Bengaluru", "ಬೆಂಗಳೂರು", "Lagos", "Nairobi",
          "القاهرة", "Dhaka", "ঢাকা", "Hà Nội", "Thành phố Hồ Chí Minh", "東京", "서울", "Київ", "Ciudad de México",
          "Bogotá", "Medellín", "Mumbai", "मुंबई", "சென்னை", "Karachi", "İstanbul", "Zürich", "Kraków", "Dún Laoghaire",
          "Reykjavík", "Tāmaki Makaurau", "Honolulu", "O'Fallon, IL", "Coeur d'Alene", "St. John's, NL",
          "Stratford-upon-Avon", "Addis Ababa", "Kigali", "Accra", "Quezon City", "Jakarta", "Montréal",
          "Campus Nord, Av. Diagonal 647, 08028 Barcelona", "Rua Augusta 120, 1100-053 Lisboa",
          "221B Baker St, London NW1 6XE", "MG Road, Bengaluru 560001", "4-2-8 Shibakoen, Minato City, Tokyo",
          "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200", "38.7223,-9.1393", "-23.5505, -46.6333",
          "12.9716° N, 77.5946° E", "10115 Berlin", "EC1V 9HX", "94110"]
TIMEZONES = ["Europe/Lisbon", "America/Sao_Paulo", "Asia/Kolkata", "Africa/Lagos", "Africa/Nairobi", "Africa/Cairo",
             "Asia/Dhaka", "Asia/Ho_Chi_Minh", "Asia/Tokyo", "Asia/Seoul", "Europe/Kyiv", "America/Mexico_City",
             "America/Bogota", "Asia/Karachi", "Europe/Istanbul", "Europe/Zurich", "Europe/Warsaw", "Europe/Dublin",
             "Atlantic/Reykjavik", "Pacific/Auckland", "Pacific/Honolulu", "America/Chicago", "America/St_Johns",
             "Asia/Kathmandu", "Australia/Adelaide", "UTC"]
PHONES = ["+351 912 345 678", "+55 (11) 98765-4321", "+91 98450 12345", "+234 803 123 4567", "+1 (415) 555-0132",
          "+44 7700 900123", "+81 90-1234-5678", "+49 30 1234567", "0800 123 456", "(+254) 712-345-678"]
DATES = ["2024-09-23", "23/09/2024", "09/23/2024", "Sep 23, 2024 11:59 PM PDT", "23.09.2024 23:59",
         "2024年9月23日", "Mon 23 Sep", "2024-09-23T23:59:00+05:30", "Friday EOD", "W39", "1 Oct (week 5)"]
LINKS = ["https://learn.tessellate.academy/courses/PY-101/modules/3/lessons/4?tab=discussion#comment-88123",
         "http://localhost:8888/notebooks/week3/loops.ipynb", "http://127.0.0.1:5500/index.html",
         "http://localhost:3000/?debug=1&user=me",
         "https://colab.research.google.com/drive/1a2B3c4D5e6F7g8H?usp=sharing",
         "https://replit.com/@mariaj/week-4-loops#main.py", "https://www.desmos.com/calculator/qpl7xbyz1f",
         "https://www.wolframalpha.com/input?i=integrate+x%5E2+from+0+to+1",
         "https://en.wikipedia.org/wiki/Quadratic_formula",
         "https://docs.python.org/3/tutorial/datastructures.html#list-comprehensions",
         "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/reduce",
         "https://www.postgresql.org/docs/16/tutorial-agg.html",
         "https://github.com/tessellate-academy/autograder/issues/412",
         "https://studio.tessellate.academy:8443/exercises/py101-w3-e2/edit?rev=17",
         "https://grafana.internal.tessellate.academy:3000/d/autograder/queue?orgId=1&from=now-24h&to=now",
         "https://tessellate.zoom.us/j/81234567890?pwd=T2ZmaWNlSG91cnM",
         "https://stackoverflow.com/questions/11227809/why-is-processing-a-sorted-array-faster",
         "https://explainshell.com/explain?cmd=find+.+-name+%22*.log%22+-mtime+%2B7",
         "https://sqlfiddle.com/postgresql/online-compiler?id=4f2a9c1e",
         "https://pythontutor.com/visualize.html#code=x%3D5%0Aprint(x)&mode=display",
         "https://forum.tessellate.academy/t/ps4-q3-hint-thread/2291/14"]
EMOJI = [":tada:", ":+1:", ":pray:", ":sweat_smile:", ":thinking_face:", ":white_check_mark:", ":books:",
         ":brain:", ":snake:", ":coffee:", ":100:", ":exploding_head:", "🙏", "😅", "🥳", "🤯", "📚", "✅", "👀",
         "🐍", "🧮", "❤️", "🙌🏽", "😭"]

# ---- technical text the company's people type -------------------------------------------------------------
MATH = [
    "x^2 + 2x - 1 >= 0", "x ≤ -1 - √2 or x ≥ -1 + √2", "$\\int_0^1 x^2\\,dx = \\frac{1}{3}$",
    "$$\\frac{d}{dx}\\left(x^3 - 4x\\right) = 3x^2 - 4$$", "\\lim_{x \\to 0} \\frac{\\sin x}{x} = 1",
    "f(x) = (x+1)/(x-1), x != 1", "|2x - 3| < 5  =>  -1 < x < 4",
    "$\\sum_{k=1}^{n} k^2 = \\frac{n(n+1)(2n+1)}{6}$", "P(A|B) = P(B|A)*P(A)/P(B) = 0.9*0.01/0.0585 ≈ 0.154",
    "det(A) = ad - bc = 2*5 - 3*1 = 7",
    "$A = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}$, so $\\det A = -2$", "e^{i\\pi} + 1 = 0",
    "y' = ky  →  y = C·e^{kt}", "σ² = E[X²] − (E[X])² = 13.5 - 3.5^2 = 1.25", "mean(c(2, 4, 4, 4, 5, 5, 7, 9))",
    "np.linalg.solve([[3, 1], [1, 2]], [9, 8])  # array([2., 3.])", "log_2(1024) = 10",
    "a_n = a_1 + (n-1)d, so a_10 = 3 + 9*4 = 39", "2/3 + 3/4 = 17/12", "x = (-b ± √(b² - 4ac)) / 2a",
    "F = m·a = 2 kg × 9.81 m/s² = 19.62 N", "3x - 7 = 2(x + 1)  =>  x = 9", "0.1 + 0.2 == 0.3  # False!",
    "\\forall \\varepsilon > 0\\ \\exists \\delta > 0: |x - a| < \\delta \\Rightarrow |f(x) - L| < \\varepsilon",
    "(a+b)^2 = a^2 + 2ab + b^2", "C(5,2) = 5! / (2! * 3!) = 10", "1 - (5/6)^4 ≈ 0.518",
    "$\\vec{u}\\cdot\\vec{v} = |u||v|\\cos\\theta$", "sd(x) / sqrt(length(x))",
    "z = (x - μ) / σ = (85 - 70) / 10 = 1.5",
]
PY = [
    "def is_prime(n):\n    if n < 2:\n        return False\n    for i in range(2, int(n ** 0.5) + 1):\n"
    "        if n % i == 0:\n            return False\n    return True",
    "nums = [int(x) for x in input().split()]\nprint(sum(nums) / len(nums))",
    "for i in range(1, 101):\n    if i % 15 == 0:\n        print(\"FizzBuzz\")\n    elif i % 3 == 0:\n"
    "        print(\"Fizz\")\n    elif i % 5 == 0:\n        print(\"Buzz\")\n    else:\n        print(i)",
    "def fib(n, memo={}):\n    if n in memo:\n        return memo[n]\n    if n < 2:\n        return n\n"
    "    memo[n] = fib(n - 1) + fib(n - 2)\n    return memo[n]",
    "with open(\"grades.csv\", newline=\"\") as f:\n    rows = list(csv.DictReader(f))\n"
    "avg = sum(float(r[\"score\"]) for r in rows) / len(rows)",
    "import pandas as pd\ndf = pd.read_csv(\"scores.csv\")\n"
    "df.groupby(\"cohort\")[\"score\"].agg([\"mean\", \"std\"]).round(2)",
    "counts = {}\nfor word in text.lower().split():\n    counts[word] = counts.get(word, 0) + 1\n"
    "print(sorted(counts.items(), key=lambda kv: -kv[1])[:10])",
    "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def push(self, x):\n"
    "        self.items.append(x)\n\n    def pop(self):\n        return self.items.pop()",
    "squares = [x**2 for x in range(10) if x % 2 == 0]\nprint(squares)  # [0, 4, 16, 36, 64]",
    "name = input(\"What's your name? \")\nprint(f\"Hello, {name}! Your name has {len(name)} letters\")",
    "import os\nfor root, dirs, files in os.walk(\".\"):\n    for f in files:\n        if f.endswith(\".py\"):\n"
    "            print(os.path.join(root, f))",
    "x = eval(input(\"Enter an expression: \"))\nprint(x)",
    "def binary_search(a, target):\n    lo, hi = 0, len(a) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n"
    "        if a[mid] == target:\n            return mid\n        if a[mid] < target:\n            lo = mid + 1\n"
    "        else:\n            hi = mid - 1\n    return -1",
    "import subprocess\nout = subprocess.run([\"python3\", \"--version\"], capture_output=True, text=True)\n"
    "print(out.stdout)",
    "while True:\n    try:\n        age = int(input(\"Age: \"))\n        break\n    except ValueError:\n"
    "        print(\"Please type a number\")",
]
JS = [
    "const total = scores.reduce((acc, s) => acc + s, 0);\n"
    "console.log(`Average: ${(total / scores.length).toFixed(2)}`);",
    "document.getElementById(\"count\").textContent = count;",
    "<button id=\"plus\" onclick=\"increment()\">+1</button>\n<span id=\"count\">0</span>\n<script>\n  let count = 0;\n"
    "  function increment() {\n    count++;\n    document.getElementById(\"count\").innerHTML = count;\n  }\n</script>",
    "async function loadScores() {\n  const res = await fetch(\"/api/scores?week=3\");\n"
    "  if (!res.ok) throw new Error(`HTTP ${res.status}`);\n  return res.json();\n}",
    "const evens = nums.filter(n => n % 2 === 0).map(n => n * n);",
    "let max = arr[0];\nfor (let i = 1; i < arr.length; i++) {\n  if (arr[i] > max) max = arr[i];\n}",
    "console.log(0.1 + 0.2 === 0.3); // false\nconsole.log(Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON); // true",
    "const user = { name: \"Ana\", age: 21 };\nconst { name, ...rest } = user;",
    "form.addEventListener(\"submit\", (e) => {\n  e.preventDefault();\n"
    "  const email = form.elements.email.value.trim();\n"
    "  if (!email.includes(\"@\")) alert(\"Please enter a valid email\");\n});",
    "[\"1\", \"2\", \"3\"].map(parseInt) // [1, NaN, NaN] why??",
    "setTimeout(() => console.log(\"later\"), 0);\nconsole.log(\"now\");",
    "<img src=\"images/cat.png\" alt=\"A sleepy cat\" width=\"300\">\n<a href=\"about.html\">About me</a>",
]
SQL = [
    "SELECT s.name, AVG(g.score) AS avg_score\nFROM students s\nJOIN grades g ON g.student_id = s.id\nGROUP BY s.name\n"
    "HAVING AVG(g.score) >= 80\nORDER BY avg_score DESC\nLIMIT 5;",
    "SELECT s.id, s.name\nFROM students s\nLEFT JOIN submissions sub\n  ON sub.student_id = s.id AND sub.exercise_id = "
    "'py101-w3-e2'\nWHERE sub.id IS NULL;",
    "CREATE TABLE enrollments (\n  student_id INT REFERENCES students(id),\n  course_code VARCHAR(12) NOT NULL,\n"
    "  enrolled_on DATE DEFAULT CURRENT_DATE,\n  PRIMARY KEY (student_id, course_code)\n);",
    "INSERT INTO students (name, email) VALUES ('Siobhán O''Neill', 'siobhan@example.org');",
    "SELECT city FROM customers\nUNION\nSELECT city FROM suppliers\nORDER BY city;",
    "UPDATE grades SET score = score + 5 WHERE exercise_id = 'quiz-4' AND score < 95;",
    "DELETE FROM submissions WHERE submitted_at < '2024-01-01';",
    "SELECT COUNT(*) FILTER (WHERE passed) * 100.0 / COUNT(*) AS pass_rate FROM attempts;",
    "SELECT name FROM students WHERE name LIKE 'Mc%' OR name LIKE 'O''%';",
    "WITH ranked AS (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY cohort ORDER BY score DESC) AS rn\n"
    "  FROM results\n)\n"
    "SELECT * FROM ranked WHERE rn <= 3;",
    "DROP TABLE IF EXISTS tmp_scores;\nCREATE TEMP TABLE tmp_scores AS SELECT * FROM grades WHERE week = 3;",
    "SELECT * FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-03-31';",
]
SH = [
    "for f in *.csv; do echo \"$f: $(wc -l < \"$f\") lines\"; done", "grep -rn \"TODO\" src/ | wc -l",
    "find . -name \"*.log\" -mtime +7 -delete", "cut -d: -f1 /etc/passwd | sort | head -5",
    "chmod +x backup.sh && ./backup.sh ~/projects", "tar -czf backup-$(date +%F).tar.gz ~/Documents",
    "ps aux | grep python | awk '{print $2}'", "echo $PATH | tr ':' '\\n'", "ls -la ~ | sort -k5 -n | tail -3",
    "awk '{print $1}' access.log | sort | uniq -c | sort -rn | head",
    "export PYTHONPATH=\"$HOME/course/lib:$PYTHONPATH\"",
    "curl -s https://api.github.com/repos/python/cpython | jq '.stargazers_count'",
    "sed -i 's/colour/color/g' essay.txt",
    "mkdir -p week3/{data,src,tests} && cd week3", "head -n 20 data.csv > sample.csv",
]
ERRORS = [
    "TypeError: 'NoneType' object is not subscriptable", "IndentationError: unexpected indent (solution.py, line 7)",
    "ZeroDivisionError: division by zero", "Uncaught TypeError: Cannot read properties of undefined (reading 'map')",
    "ERROR:  column \"avg_score\" does not exist\nLINE 5: HAVING avg_score >= 80",
    "bash: ./backup.sh: Permission denied",
    "AssertionError: expected [1, 2, 3] but got [1, 2, 3, None]",
    "RecursionError: maximum recursion depth exceeded in comparison",
    "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
    "ModuleNotFoundError: No module named 'pandas'",
    "Error: near \"FROM\": syntax error", "KeyError: 'score'", "NameError: name 'prnt' is not defined",
    "Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    print(avg(scores))\n"
    "  File \"main.py\", line 2, in avg\n    return sum(xs) / len(xs)\nZeroDivisionError: division by zero",
]
# Chat, by @TOKEN@ placeholders: M maths, PY/JS/SQL/SH code, ERR an error, C a course code, X an exercise id,
# L a link, U a mention, CH a channel, NAME a name, P a place, PH a phone, D a date, N a number, E an emoji.
STAFF_CHAT = [
    "morning team ☕ who's on support rotation today?", "cohort 2024-09 of @C@ has 1,284 enrolled (+18% vs. spring) 🎉",
    "autograder queue is at 340 jobs, p95 wait 4m12s. scaling the runners from 8 to 12",
    "heads up: the Canvas LTI 1.3 keys rotate on Fri 20 Sep 16:00 UTC",
    "can someone review the new rubric for @C@ PS@N@? @L@",
    "office hours moved to Thu 17:00–18:30 CET (room B-2.14 or Zoom)", "OOO Mon–Wed, @U@ covers the @CH@ queue",
    "ngl the hidden tests for week @N@ are a bit mean @E@",
    "grading is done for @C@ quiz @N@: mean 7.4/10, median 8, σ = 1.9",
    "reminder: accommodations (extra time ×1.5) must be set *before* the exam opens!",
    "flaky test in `test_fizzbuzz_large` again, see @L@", "thx @U@!! @E@", "lgtm, ship it 🚀",
    "who owns the late-day tokens cron? it granted 3 tokens instead of 2 to 41 students",
    "the Español B1 listening files 404 on mobile, ticket: @L@",
    "please use the announcement template: title, what changes, dates (ISO 8601 pls: @D@), who to ask",
    "Bangalore office: power cut 14:00–15:30 IST, we're on the generator 🔌",
    "anyone knows the Moodle gradebook export format? CSV with `;` or `,`?",
    "SCORM package for JPN-101 unit 2 is 212 MB and the upload limit is 200 MB @E@",
    "plagiarism check flagged 17 pairs in @C@ PS@N@, 12 are just the starter code. raising the threshold to 0.85",
    "new TA onboarding tomorrow 10:00 Lisbon time: @NAME@, @NAME@ and @NAME@ :wave:",
    "student called support from @PH@ asking about a refund, forwarded to billing",
    "deadline extension for @NAME@ approved until @D@ (medical, docs in the ticket)",
    "p.s. the certificate PDFs render \"Dvořák\" as \"Dvo?ák\" again, font fallback issue",
    "Réunion pédagogique jeudi 14h : ordre du jour dans @L@", "Zur Info: Klausur @C@ am @D@, Raum H 0104",
    "@U@ could you double-check Q@N@ of the quiz? the key says @M@ but I get something else",
    "weekly numbers: 9,412 submissions, 87.3% auto-graded < 30 s, 214 regrade requests (2.3%)",
    "the runner image bumped to python:3.12-slim, node 20.17, postgres 16.4 for the SQL sandbox",
    "careful: @C@ week @N@ video has the wrong captions (Portuguese track on the Spanish video)",
]
STUDENT_CHAT = [
    "hi everyone! I'm @NAME@ from @P@ 👋 starting @C@ this week, excited!",
    "anyone want to form a study group for @C@? I'm in UTC+5:30, free after 19:00",
    "omg finally passed all the tests @E@@E@", "is the deadline 23:59 in my timezone or UTC?",
    "the video for lesson @N@.@N@ stops at 12:47 for me, anyone else?",
    "thank you @U@ for the explanation yesterday, it finally clicked", "where do I find last week's quiz solutions?",
    "Hola a todos, ¿alguien de Bogotá? 🇨🇴", "Привіт! Хто ще проходить курс з SQL?",
    "こんにちは！日本語コースの仲間を探しています 🙇", "Bonjour ! Quelqu'un a compris l'exercice 4 du module 2 ?",
    "my certificate says \"Jose\" instead of \"José\", who do I contact?",
    "can I use Python 3.12 or does the autograder run 3.10?", "lost my streak after 47 days 😭",
    "my number changed, new one is @PH@ — how do I update it for SMS reminders?",
    "good luck on the midterm everyone!! 📚",
    "Olá pessoal! Alguém de @P@ quer estudar junto?", "مرحبا! هل يوجد أحد يدرس الجبر الخطي؟",
    "नमस्ते! क्या कोई @C@ के लिए स्टडी ग्रुप बना रहा है?", "大家好！有人一起学 Python 吗？",
    "Mọi người ơi, bài tập tuần @N@ khó quá 😅",
    "안녕하세요! 선형대수 같이 공부하실 분? 🙋‍♀️", "Merhaba! İstatistik dersinde @N@. soruyu anlayan var mı?",
    "Habari! Kuna mtu kutoka @P@?", "I moved to @P@ last month, the 3am deadlines are brutal lol",
    "just got my first job offer as a data analyst, the SQL course literally paid for itself 🥹",
    "can't join the live session today, will it be recorded?", "@U@ you're a legend, thanks for the notes",
]
TYPED = [
    "Hi! I'm stuck on @X@ in @C@. My code:\n```\n@PY@\n```\nit passes 3/5 tests, the hidden ones fail @E@",
    "is @M@ the same as what the slides say in week @N@?", "can someone explain why my query returns duplicates?\n"
    "```\n@SQL@\n```", "Answer for Q@N@: @M@. Did anyone else get that?",
    "Regrade request for @X@: the autograder says `expected 42, got 42.0` — isn't that the same?",
    "I got this when running it:\n```\n@ERR@\n```\nno idea what it means", "why does this not work?? `@JS@`",
    "quick q: what does this do? `@SH@`", "Pregunta sobre el ejercicio @N@: ¿por qué @M@?",
    "J'ai trouvé @M@ mais le corrigé dit autre chose, où est mon erreur ?",
    "第@N@回の課題で、このコードがエラーになります：\n```\n@PY@\n```\nどうすればいいですか？",
    "@C@ 과제 @N@번 질문 있어요! `@M@` 이거 맞나요?",
    "Wie kommt man bei Aufgabe @N@ auf @M@? Ich bekomme immer was anderes 🤔",
    "TA here 👋 hint for Q@N@: don't expand, factor first. @M@", "peer review for @NAME@: nice solution! small thing, "
    "`range(len(xs))` → `enumerate(xs)` is more pythonic 🙂\n```\n@PY@\n```",
    "here's my solution, feedback welcome:\n```\n@SQL@\n```", "My bash script:\n```\n@SH@\n```\nworks locally but not "
    "in the sandbox, error is `@ERR@`", "for the JS lab I have\n```\n@JS@\n```\nbut the button does nothing on Safari",
    "isn't it @M@? the video at 14:32 says the opposite", "solved it! the trick was @M@ @E@",
    "Rubric for PS@N@ (30 pts): correctness 15 / style 5 / tests 5 / write-up 5. Late penalty 10%/day, max 3 days.",
    "@U@ my submission for @X@ shows 0/10 but the tests passed locally:\n```\n@ERR@\n```",
    "can we use `@SH@` in the project or only what we saw in class?",
    "I think Q@N@ has a typo: it should be @M@ not @M@",
    "which is faster, this\n```\n@PY@\n```\nor a list comprehension?",
    "@NAME@ asked in office hours: why is @M@? answer: "
    "complete the square, (x+1)^2 >= 2", "submitted @X@ at 23:58 (@D@), it says late?? screenshot: @L@",
    "my notebook is at @L@ if someone can take a look 🙏", "Exercise @X@, attempt @N@:\n```\n@JS@\n```",
]
BOT_COMMANDS = ["weather", "weather @P@", "weather in @P@", "remember location @P@", "my location", "forget location",
                "help", "config", "config timezone @TZ@", "config alert_time @T@", "config units metric",
                "config units imperial", "alerts on", "alerts off", "login", "forget me", "Weather @P@ 🌧️",
                "weather tomorrow @P@?", "remember location @P@ (campus)", "hi jeeves 👋"]
SEARCHES = ["@NAME@", "o'connor", "anne-marie", "d'souza", "müller-lüdenscheidt", "nguyễn", "@EMAIL@",
            "@tessellate.academy", "S2024-0@N@@N@", "@C@ cohort 2024-09", "late submission", "regrade @X@",
            "@ERR@", "range(len(", "SELECT AVG(score)", "x^2 + 2x - 1 >= 0", "user.forget_me", "login denied",
            "feature.set", "TA", "@U8@", "T06LEARNRS", "@NAME@ @C@", "ta+@N@@tessellate.academy", "\"@NAME@\"",
            "@PH@", "@M@", "@D@"]

# ---- exercises of the course-authoring studio ---------------------------------------------------------------
EXERCISES: list[dict[str, Any]] = [
    {"slug": "py101-w3-e2", "lang": "python", "title": "Prime or not?", "prompt": "Write `is_prime(n)` that returns "
     "`True` when $n$ is prime. Remember: $1$ is **not** prime, and you only need to test divisors up to $\\sqrt{n}$.",
     "starter": "def is_prime(n: int) -> bool:\n    # TODO\n    pass\n", "solution": PY[0],
     "tests": [("is_prime(2)", "True"), ("is_prime(1)", "False"), ("is_prime(97)", "True"), ("is_prime(91)", "False")],
     "hints": ["What is the smallest prime?", "`n ** 0.5` gives the square root", "Use `range(2, int(n ** 0.5) + 1)`"]},
    {"slug": "py101-w2-fizz", "lang": "python", "title": "FizzBuzz, the classic", "prompt": "Print the numbers 1 to "
     "100, but multiples of 3 print `Fizz`, multiples of 5 print `Buzz`, multiples of both print `FizzBuzz`.",
     "starter": "for i in range(1, 101):\n    ...\n", "solution": PY[2],
     "tests": [("stdout line 3", "Fizz"), ("stdout line 15", "FizzBuzz"), ("stdout line 98", "98")],
     "hints": ["Check 15 first", "`i % 3 == 0` means divisible by 3"]},
    {"slug": "py101-w4-words", "lang": "python", "title": "Word counts", "prompt": "Given a string `text`, print the "
     "10 most common words with their counts, most common first. Ignore case.", "starter": "def top_words(text):\n"
     "    counts = {}\n    # your code here\n    return []\n", "solution": PY[6],
     "tests": [("top_words(\"a b a\")", "[('a', 2), ('b', 1)]"), ("top_words(\"\")", "[]")],
     "hints": ["`dict.get(key, 0)` avoids a KeyError", "`sorted(..., key=lambda kv: -kv[1])`"]},
    {"slug": "py101-w5-csv", "lang": "python", "title": "Class average from a CSV", "prompt": "Read `grades.csv` "
     "(columns `name,score`) and print the average score rounded to 2 decimals. Names may contain commas in quotes, "
     "e.g. `\"O'Connor, Aoife\",88`.", "starter": "import csv\n\nwith open(\"grades.csv\", newline=\"\") as f:\n"
     "    ...\n", "solution": PY[4],
     "tests": [("grades.csv (3 rows: 80, 90, 100)", "90.00"), ("grades.csv (1 row: 72.5)", "72.50")],
     "hints": ["Use `csv.DictReader`, not `line.split(',')`", "`round(x, 2)` or `f\"{x:.2f}\"`"]},
    {"slug": "alg230-bsearch", "lang": "python", "title": "Binary search", "prompt": "Return the index of `target` in "
     "the sorted list `a`, or `-1`. Your solution must run in $O(\\log n)$.", "starter": "def binary_search(a, target):"
     "\n    lo, hi = 0, len(a) - 1\n    ...\n", "solution": PY[12],
     "tests": [("binary_search([1, 3, 5, 7], 5)", "2"), ("binary_search([], 1)", "-1"),
               ("binary_search(list(range(10**6)), 999_999)", "999999")],
     "hints": ["`mid = (lo + hi) // 2`", "What happens when `lo > hi`?"]},
    {"slug": "js201-w2-reduce", "lang": "javascript", "title": "Average with reduce",
     "prompt": "Complete `average(scores)`"
     " using `Array.prototype.reduce`. Return `0` for an empty array.", "starter": "function average(scores) {\n"
     "  // TODO\n}\n", "solution": JS[0],
     "tests": [("average([80, 90, 100])", "90"), ("average([])", "0"), ("average([0.1, 0.2])", "0.15000000000000002")],
     "hints": ["`reduce((acc, s) => acc + s, 0)`", "Guard against division by zero"]},
    {"slug": "js201-w3-counter", "lang": "html", "title": "A click counter",
     "prompt": "Make the **+1** button increase "
     "the number shown in `#count`. Use `textContent` (or `innerHTML`) to update the page.",
     "starter": "<button id=\"plus\">+1</button>\n<span id=\"count\">0</span>\n"
                "<script>\n  // your code here\n</script>\n",
     "solution": JS[2], "tests": [("click #plus 3 times", "#count == \"3\""), ("initial", "#count == \"0\"")],
     "hints": ["`document.getElementById(\"count\")`", "Keep the count in a variable declared with `let`"]},
    {"slug": "js201-w5-fetch", "lang": "javascript", "title": "Load and show scores",
     "prompt": "Fetch `/api/scores?week=3`"
     " and render one `<li>` per student. Show an error message when the response is not OK.",
     "starter": "async function loadScores() {\n  // fetch, check res.ok, return JSON\n}\n", "solution": JS[3],
     "tests": [("mock 200 [{\"name\":\"Ana\",\"score\":9}]", "<li>Ana: 9</li>"), ("mock 500", "Error: HTTP 500")],
     "hints": ["`await fetch(url)` then `await res.json()`", "Throw when `!res.ok`"]},
    {"slug": "db150-w2-top5", "lang": "sql", "title": "Top 5 students",
     "prompt": "List the 5 students with the highest "
     "average score, only those with an average of at least 80. Columns: `name`, `avg_score`.",
     "starter": "SELECT s.name, AVG(g.score) AS avg_score\nFROM students s\n-- join grades here\n", "solution": SQL[0],
     "tests": [("seed: 8 students, 40 grades", "5 rows, first: Lucía | 96.5"), ("seed: nobody >= 80", "0 rows")],
     "hints": ["`HAVING` filters groups, `WHERE` filters rows", "You can't use the alias `avg_score` in HAVING in "
               "PostgreSQL"]},
    {"slug": "db150-w3-missing", "lang": "sql", "title": "Who hasn't submitted?", "prompt": "Find students with no "
     "submission for exercise `py101-w3-e2`. Hint: a `LEFT JOIN` and `IS NULL`.", "starter": "SELECT s.id, s.name\n"
     "FROM students s\n", "solution": SQL[1], "tests": [("seed: 3 students, 1 submission", "2 rows")],
     "hints": ["Put the exercise condition in the ON clause, not in WHERE"]},
    {"slug": "db150-w4-ddl", "lang": "sql", "title": "Create the enrollments table", "prompt": "Create `enrollments` "
     "with a composite primary key, then insert Siobhán O'Neill (mind the apostrophe: double it).",
     "starter": "CREATE TABLE enrollments (\n  -- columns\n);\n", "solution": SQL[2] + "\n" + SQL[3],
     "tests": [("\\d enrollments", "PRIMARY KEY (student_id, course_code)"), ("SELECT name FROM students",
                                                                             "Siobhán O'Neill")],
     "hints": ["`VARCHAR(12) NOT NULL`", "In SQL strings, `''` is one apostrophe"]},
    {"slug": "sh110-w2-count", "lang": "bash", "title": "Count lines per file",
     "prompt": "For every `.csv` file in the "
     "current directory print `name: N lines`.", "starter": "#!/usr/bin/env bash\nfor f in *.csv; do\n  # ...\ndone\n",
     "solution": SH[0], "tests": [("a.csv (3 lines), b.csv (0 lines)", "a.csv: 3 lines\nb.csv: 0 lines")],
     "hints": ["`wc -l < file` prints just the number", "Quote \"$f\" in case of spaces"]},
    {"slug": "sh110-w3-backup", "lang": "bash", "title": "Dated backups",
     "prompt": "Write `backup.sh DIR` that creates "
     "`backup-YYYY-MM-DD.tar.gz` of DIR and prints its size with `du -h`.", "starter": "#!/usr/bin/env bash\n"
     "set -euo pipefail\ndir=\"${1:?usage: backup.sh DIR}\"\n", "solution": SH[5] + "\ndu -h backup-*.tar.gz",
     "tests": [("backup.sh ~/Documents", "backup-2024-09-16.tar.gz"), ("backup.sh", "usage: backup.sh DIR")],
     "hints": ["`date +%F` gives YYYY-MM-DD", "`chmod +x backup.sh` before running `./backup.sh`"]},
    {"slug": "sh110-w4-users", "lang": "bash", "title": "First five user names", "prompt": "Print the first five "
     "account names of the sandbox, sorted, using `cut`, `sort` and `head`.", "starter": "# one line is enough\n",
     "solution": SH[3], "tests": [("sandbox", "_apt\nbackup\nbin\ndaemon\ngames")],
     "hints": ["The fields are separated by `:`", "`cut -d: -f1`"]},
    {"slug": "math120-w3-ineq", "lang": "math", "title": "A quadratic inequality",
     "prompt": "Solve $x^2 + 2x - 1 \\geq 0$."
     " Give the solution set in interval notation.", "starter": "", "solution": "$(-\\infty, -1-\\sqrt{2}] \\cup "
     "[-1+\\sqrt{2}, \\infty)$", "tests": [("accept", "x <= -1 - sqrt(2) or x >= -1 + sqrt(2)"),
                                           ("numeric tolerance", "±0.001")],
     "hints": ["Complete the square: $(x+1)^2 \\geq 2$", "$|x + 1| \\geq \\sqrt{2}$"]},
    {"slug": "math120-w4-int", "lang": "math", "title": "Area under a parabola", "prompt": "Compute "
     "$\\int_0^1 x^2\\,dx$ and $\\int_{-1}^{2} (3x^2 - 2x)\\,dx$.", "starter": "", "solution": "1/3 and 6",
     "tests": [("q1", "0.3333 ± 0.0005"), ("q2", "6")], "hints": ["$\\int x^n dx = \\frac{x^{n+1}}{n+1} + C$"]},
    {"slug": "stat210-w2-var", "lang": "r", "title": "Mean and variance", "prompt": "For the data "
     "`c(2, 4, 4, 4, 5, 5, 7, 9)` compute the mean and the **population** variance. R's `var()` is the sample one!",
     "starter": "x <- c(2, 4, 4, 4, 5, 5, 7, 9)\n", "solution": "mean(x)  # 5\nmean((x - mean(x))^2)  # 4",
     "tests": [("mean", "5"), ("population variance", "4"), ("var(x)", "4.571429")],
     "hints": ["$\\sigma^2 = \\frac{1}{n}\\sum (x_i - \\bar{x})^2$"]},
    {"slug": "py101-w1-quiz", "lang": "quiz", "title": "Week 1 check-in", "prompt": "What does `print(3 // 2, 3 / 2, "
     "3 % 2)` print?", "starter": "", "solution": "B", "tests": [("A", "1.5 1.5 1"), ("B", "1 1.5 1"), ("C", "1 1 1"),
                                                                 ("D", "SyntaxError")],
     "hints": ["`//` is floor division"]},
]
TITLE_TRANSLATIONS = {"es": "Ejercicio", "pt-BR": "Exercício", "fr": "Exercice", "de": "Übung", "ja": "演習",
                      "hi": "अभ्यास", "ar": "تمرين", "uk": "Вправа", "vi": "Bài tập", "zh-Hans": "练习"}
RUBRIC = ["Correct output for all visible tests", "Handles edge cases (empty input, n = 0, negative numbers)",
          "Readable names; no single-letter variables except loop counters", "No hard-coded answers (e.g. `print(90)`)",
          "Explains the approach in 2–3 sentences", "Uses the technique of this week (loops / reduce / JOIN / pipes)",
          "Commits small steps with clear messages"]
CHANGELOG = ["fix typo in hint 2", "add edge case n = 0", "hidden test for large input (10^6)",
             "translate title (es, pt-BR)",
             "rubric: style 5 → 4 pts, tests 5 → 6 pts", "clarify that names may contain apostrophes", "autosave",
             "bump time limit to 3 s for the SQL sandbox", "replace `innerHTML` with `textContent` in the solution",
             "merge feedback from @NAME@", "starter code: remove the `pass` that confused people"]

LANG_CODE = {"python": PY, "javascript": JS, "html": JS, "sql": SQL, "bash": SH}
TAGS = {"python": ["loops", "recursion", "strings", "dicts", "files", "complexity"],
        "javascript": ["arrays", "async", "fetch", "closures", "es2015"], "html": ["dom", "events", "forms", "a11y"],
        "sql": ["joins", "aggregates", "ddl", "window-functions", "nulls"], "bash": ["pipes", "loops", "files"],
        "math": ["inequalities", "calculus", "integrals", "latex"], "r": ["descriptive-stats", "vectors", "variance"],
        "quiz": ["operators", "check-in", "multiple-choice"]}
TOKEN = re.compile(r"@([A-Z0-9]+)@")
SLACK_MARKUP = re.compile(r"<(@U[A-Z0-9]+|#C[A-Z0-9]+\|[^>]*|https?://[^>|]+(?:\|[^>]*)?)>")


class Term(WebApp):
    """The platform's people, its workspaces and one seeded random source; each method makes one request."""

    prefix = "evaluation_twentyfifth-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    base, ts_window = BASE, (0, 5 * 86400)
    iat_window, kid_last = (0, 5 * 86400), True
    oauth_audience_rate = 0.15

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(240):
            name = self.pick(NATIVE_NAMES) if self.chance(0.08) else f"{self.pick(FIRST)} {self.pick(LAST)}"
            folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            ascii_name = folded.lower().replace("'", "").strip() or f"learner{i}"
            handle = re.sub(r"[^a-z0-9]+", ".", ascii_name).strip(".")
            team = self.rng.choices([t for t, _, _ in TEAMS], [w for _, _, w in TEAMS])[0]
            self.people.append({"id": self.sid("U0", 9), "name": name, "handle": handle, "team": team,
                                "email": f"{handle}@" + ("tessellate.academy" if team == "T04TESSELA" else
                                                         self.pick(["gmail.com", "outlook.com", "uni-partner.edu",
                                                                    "yahoo.com.br", "proton.me", "naver.com"])),
                                "tz": self.pick(TIMEZONES), "row": str(self.rng.randint(1, 5200))})
        self.channels = {t: [(self.sid("C0", 9), n) for n in names] for t, names in CHANNELS.items()}

    # ---- small random pieces -------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([5, 6, 7, 7, 8, 9, 12, 18, 21]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def value(self, key: str, slack: bool, team: str) -> str:
        """One placeholder's value; in Slack text, escaped, and mentions, channels and links in Slack markup."""
        esc = slack_escape if slack else (lambda s: s)
        if key == "U":
            p = self.pick([p for p in self.people if p["team"] == team] or self.people)
            return f"<@{p['id']}>" if slack else "@" + p["handle"]
        if key == "CH":
            cid, cname = self.pick(self.channels[team])
            return f"<#{cid}|{cname}>" if slack else "#" + cname
        if key == "L":
            link = self.pick(LINKS)
            return f"<{slack_escape(link)}{self.pick(['', '', '|notebook', '|this', '|link'])}>" if slack else link
        person = self.pick(self.people)
        course = self.pick(COURSES)[0]
        simple = {"M": lambda: self.pick(MATH), "PY": lambda: self.pick(PY), "JS": lambda: self.pick(JS),
                  "SQL": lambda: self.pick(SQL), "SH": lambda: self.pick(SH), "ERR": lambda: self.pick(ERRORS),
                  "C": lambda: course, "X": lambda: self.pick(EXERCISES)["slug"], "NAME": lambda: person["name"],
                  "P": lambda: self.pick(PLACES), "PH": lambda: self.pick(PHONES), "D": lambda: self.pick(DATES),
                  "N": lambda: str(self.rng.randint(1, 12)), "E": lambda: self.pick(EMOJI),
                  "TZ": lambda: self.pick(TIMEZONES), "T": self.alert_time, "EMAIL": lambda: person["email"],
                  "U8": lambda: person["id"]}
        return esc(simple[key]())

    def fill(self, template: str, slack: bool = False, team: str = "T06LEARNRS") -> str:
        out, pos = [], 0
        for m in TOKEN.finditer(template):
            lit = template[pos:m.start()]
            out += [slack_escape(lit) if slack else lit, self.value(m.group(1), slack, team)]
            pos = m.end()
        tail = template[pos:]
        return "".join(out) + (slack_escape(tail) if slack else tail)

    def tracing(self, h: dict[str, str]) -> dict[str, str]:
        roll = self.rng.random()
        trace = self.hexs(32)
        if roll < 0.3:
            h["traceparent"] = f"00-{trace}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.3):
                h["tracestate"] = f"dd=s:1;o:rum,tess=p:{self.hexs(8)}"
        elif roll < 0.45:
            h["sentry-trace"] = f"{trace}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=studio%402024.9.{self.rng.randint(1, 9)},"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={trace},sentry-sample_rate=0.1")
        elif roll < 0.55:
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"cron:nightly-grades:{self.hexs(8)}"])
        elif roll < 0.6:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = trace, self.hexs(16), "1"
        return h

    # ---- Slack ---------------------------------------------------------------------------------------
    def pick_team(self) -> str:
        return str(self.rng.choices([t for t, _, _ in TEAMS], [w for _, _, w in TEAMS])[0])

    def member(self, team: str) -> dict[str, str]:
        return dict(self.pick([p for p in self.people if p["team"] == team] or self.people))

    def event_json(self, team: str, event: dict[str, Any]) -> str:
        doc = {"token": VERIFY_TOKEN, "team_id": team, "context_team_id": team, "context_enterprise_id": None,
               "api_app_id": APP_ID, "event": event, "type": "event_callback", "event_id": self.sid("Ev0", 9),
               "event_time": EPOCH + self.rng.randint(0, 5 * 86400),
               "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": BOT_USER, "is_bot": True,
                                   "is_enterprise_install": False}],
               "is_ext_shared_channel": team == "T07UNIPART", "event_context": "4-" + self.token(40)}
        body = json.dumps(doc, ensure_ascii=self.chance(0.4))
        return body.replace("/", "\\/") if self.chance(0.7) else body  # Slack escapes slashes in its JSON

    def blocks(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text rendering of a message: code fences preformatted, mentions and links as elements."""
        def raw(s: str) -> str:
            return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

        elements: list[dict[str, Any]] = []
        for i, part in enumerate(text.split("```")):
            if not part.strip():
                continue
            if i % 2:
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": raw(part).strip("\n")}]})
                continue
            inner: list[dict[str, Any]] = []
            pos = 0
            for m in SLACK_MARKUP.finditer(part):
                if m.start() > pos:
                    inner.append({"type": "text", "text": raw(part[pos:m.start()])})
                tag = m.group(1)
                if tag.startswith("@"):
                    inner.append({"type": "user", "user_id": tag[1:]})
                elif tag.startswith("#"):
                    inner.append({"type": "channel", "channel_id": tag[1:].split("|")[0]})
                else:
                    inner.append({"type": "link", "url": raw(tag.split("|")[0])})
                pos = m.end()
            if pos < len(part):
                inner.append({"type": "text", "text": raw(part[pos:])})
            elements.append({"type": "rich_text_section", "elements": inner})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message(self, team: str, text: str, channel: str, channel_type: str = "channel",
                mention: bool = False) -> dict[str, Any]:
        user, ts = self.member(team), self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": "app_mention" if mention else "message", "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": team}
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        event.update({"channel": channel, "event_ts": ts})
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.25):
            event["thread_ts"], event["parent_user_id"] = self.ts(), self.member(team)["id"]
        return event

    def slack_post(self, kind: str, team: str, event: dict[str, Any]) -> dict[str, Any]:
        return self.record(kind, "json", self.slack_request("/slack/events", self.event_json(team, event)))

    def chat_text(self, team: str) -> str:
        roll = self.rng.random()
        pool = STAFF_CHAT if team == "T04TESSELA" else STUDENT_CHAT
        text = self.fill(self.pick(pool if roll < 0.85 else STAFF_CHAT + STUDENT_CHAT), True, team)
        text = self.maybe_append(text, 0.3, EMOJI)
        if self.chance(0.08):
            text = self.pick(["<!here> ", "<!channel> ", "<!subteam^S07TAS|@tas> "]) + text
        return text

    def slack_chat(self) -> dict[str, Any]:
        team = self.pick_team()
        roll = self.rng.random()
        cid = self.pick(self.channels[team])[0]
        if roll < 0.55:
            return self.slack_post("slack", team, self.message(team, self.chat_text(team), cid))
        if roll < 0.68:
            text = f"<@{BOT_USER}> " + self.fill(self.pick(BOT_COMMANDS), True, team)
            return self.slack_post("slack", team, self.message(team, text, cid, mention=True))
        if roll < 0.8:
            text = self.fill(self.pick(BOT_COMMANDS), True, team) if self.chance(0.7) else self.chat_text(team)
            return self.slack_post("slack", team, self.message(team, text, self.sid("D0", 9), "im"))
        if roll < 0.86:
            old = self.message(team, self.chat_text(team), cid)
            new = self.inner(old)
            new["text"] = old["text"] + self.pick([" (edited)", " — nvm, found it", " *", " 🙏"])
            new["edited"] = {"user": old["user"], "ts": self.ts()}
            event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                     "previous_message": {k: v for k, v in old.items() if k not in ("channel", "event_ts")},
                     "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
            return self.slack_post("slack", team, event)
        if roll < 0.92:
            return self.slack_file(team, cid)
        if roll < 0.95:
            link = self.pick(LINKS)
            event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True, "user": self.member(team)["id"],
                     "message_ts": self.ts(), "unfurl_id": f"{cid}.{self.ts()}.{self.hexs(40)}",
                     "source": self.pick(["conversations_history", "composer"]),
                     "links": [{"domain": urllib.parse.urlsplit(link).hostname, "url": link}], "event_ts": self.ts()}
            return self.slack_post("slack", team, event)
        if roll < 0.975:
            event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                     "user": self.member(team)["id"], "reaction": self.pick(["white_check_mark", "eyes", "pray",
                                                                             "tada", "+1::skin-tone-4", "brain",
                                                                             "100", "heart"]),
                     "item_user": self.member(team)["id"], "item": {"type": "message", "channel": cid, "ts": self.ts()},
                     "event_ts": self.ts()}
            return self.slack_post("slack", team, event)
        event = {"type": "app_home_opened", "user": self.member(team)["id"], "channel": self.sid("D0", 9),
                 "tab": self.pick(["home", "home", "messages"]), "event_ts": self.ts()}
        return self.slack_post("slack", team, event)

    def slack_file(self, team: str, cid: str) -> dict[str, Any]:
        name, mime, preview = self.pick([
            ("week3_solution.py", "text/x-python", "PY"), ("Problem Set 4 – Integrals.pdf", "application/pdf", ""),
            ("Screenshot 2024-09-17 at 21.03.11.png", "image/png", ""), ("lab2.ipynb", "application/json", ""),
            ("rubric_v2 (final).xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ""),
            ("Ausarbeitung_Übung_5.pdf", "application/pdf", ""), ("宿題_第3回.pdf", "application/pdf", ""),
            ("query.sql", "text/plain", "SQL"), ("counter.html", "text/html", "JS"), ("backup.sh", "text/x-sh", "SH"),
            ("error.txt", "text/plain", "ERR")])
        event = self.message(team, self.fill(self.pick(["", "here's my attempt", "@U@ can you check this?",
                                                        "solution for @X@", "why does this fail? @E@"]), True, team),
                             cid)
        event["subtype"] = "file_share"
        fid = self.sid("F0", 9)
        file: dict[str, Any] = {"id": fid, "created": EPOCH, "name": name, "title": name, "mimetype": mime,
                                "filetype": name.rsplit(".", 1)[-1].lower(), "user": event["user"],
                                "size": self.rng.randint(300, 3_000_000), "mode": "snippet" if preview else "hosted",
                                "url_private": f"https://files.slack.com/files-pri/{team}-{fid}/"
                                               + urllib.parse.quote(name),
                                "permalink": f"https://{dict((t, d) for t, d, _ in TEAMS)[team]}.slack.com/files/"
                                             f"{event['user']}/{fid}/" + urllib.parse.quote(name.lower())}
        if preview:
            file["preview"] = self.value(preview, False, team)
            file["lines"] = file["preview"].count("\n") + 1
        event["files"] = [file]
        return self.slack_post("slack", team, event)

    def slack_typed(self) -> dict[str, Any]:
        team = self.rng.choices(["T04TESSELA", "T06LEARNRS", "T07UNIPART"], [2, 7, 1])[0]
        text = self.fill(self.pick(TYPED), True, team)
        roll = self.rng.random()
        if roll < 0.7:
            cid = self.pick(self.channels[team])[0]
            return self.slack_post("slack-typed", team, self.message(team, text, cid))
        if roll < 0.85:
            cid = self.pick(self.channels[team])[0]
            return self.slack_post("slack-typed", team, self.message(team, f"<@{BOT_USER}> {text}", cid, mention=True))
        return self.slack_post("slack-typed", team, self.message(team, text, self.sid("D0", 9), "im"))

    def slash(self, kind: str, text: str, team: str) -> dict[str, Any]:
        user = self.member(team)
        cid, cname = self.pick(self.channels[team] + [(self.sid("D0", 9), "directmessage")] * 4)
        fields = [("token", VERIFY_TOKEN), ("team_id", team), ("team_domain", dict((t, d) for t, d, _ in TEAMS)[team]),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", team)),
                  ("trigger_id", self.trigger())]
        return self.record(kind, "form", self.slack_form_request("/slack/commands", fields))

    def command(self) -> dict[str, Any]:
        team = self.pick_team()
        return self.slash("command", self.fill(self.pick(BOT_COMMANDS), True, team), team)

    def command_typed(self) -> dict[str, Any]:
        team = self.rng.choices(["T04TESSELA", "T06LEARNRS"], [1, 3])[0]
        text = self.fill(self.pick(TYPED), True, team)[:1900]
        return self.slash("command-typed", self.pick(["", "", "help ", "ask ", "explain "]) + text, team)

    def interaction(self) -> dict[str, Any]:
        team = self.pick_team()
        user = self.member(team)
        cid, cname = self.pick(self.channels[team])
        base: dict[str, Any] = {"user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                         "team_id": team},
                                "api_app_id": APP_ID, "token": VERIFY_TOKEN,
                                "trigger_id": self.trigger(),
                                "team": {"id": team, "domain": dict((t, d) for t, d, _ in TEAMS)[team]},
                                "enterprise": None, "is_enterprise_install": False}
        if self.chance(0.8):
            roll = self.rng.random()
            action_id, label, value = (("set_location", "Set as my location", self.pick(PLACES)) if roll < 0.7 else
                                       ("forget_me_confirm", "Yes, forget me", "-") if roll < 0.85 else
                                       ("forget_me_cancel", "Cancel", "-"))
            base.update({"type": "block_actions", "container": {"type": "message", "message_ts": self.ts(),
                                                                "channel_id": cid, "is_ephemeral": True},
                         "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                         "response_url": self.hook("actions", team),
                         "actions": [{"action_id": action_id, "block_id": self.token(3)[:4], "type": "button",
                                      "text": {"type": "plain_text", "text": label, "emoji": True}, "value": value,
                                      "action_ts": self.ts()}]})
        else:  # a feedback modal submitted: what the student typed, in the view's state
            base.update({"type": "view_submission", "response_urls": [],
                         "view": {"id": self.sid("V0", 9), "team_id": team, "type": "modal", "callback_id": "feedback",
                                  "private_metadata": json.dumps({"channel": cid,
                                                                  "exercise": self.pick(EXERCISES)["slug"]}),
                                  "title": {"type": "plain_text", "text": "Tell us what went wrong"},
                                  "hash": f"{EPOCH}.{self.hexs(8)}",
                                  "state": {"values": {"what": {"text": {"type": "plain_text_input",
                                                                         "value": self.fill(self.pick(TYPED))}},
                                                       "severity": {"pick": {"type": "static_select",
                                                       "selected_option": {
                                                           "text": {"type": "plain_text", "text": "Blocking"},
                                                           "value": "blocking"}}}}}}})
        body = urllib.parse.urlencode([("payload", json.dumps(base, ensure_ascii=False, separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFY_TOKEN, "challenge": self.token(36), "type": "url_verification"})
        return self.record("slack", "json", self.slack_request("/slack/events", body))

    # ---- the data API: scripts, CI, dashboards, the mobile app, the authoring studio ------------------------
    def script_headers(self, client: str, scope: str) -> dict[str, str]:
        ua = self.pick(["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.7.1", "HTTPie/3.2.3",
                        "Go-http-client/2.0", "axios/1.7.7", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
                        "Grafana/11.2.0", "PostmanRuntime/7.41.2", "GitHub-Actions-Runner/2.319.1 curl/8.5.0",
                        "tess-cli/0.9.4 (darwin; arm64) go1.22.5", "Apache-HttpClient/5.3.1 (Java/21.0.4)"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, scope)}
        if self.chance(0.5):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        return self.tracing(h)

    def mobile_headers(self) -> dict[str, str]:
        ios = self.chance(0.5)
        ua = ("TessellateLearn/5.12.0 (com.tessellate.learn; build:5120; iOS 17.6.1) Alamofire/5.9.1" if ios else
              "TessellateLearn/5.11.3 (Android 14; Pixel 7a; build 51103) okhttp/4.12.0")
        h = {"User-Agent": ua, "Accept": "application/json", "Accept-Language": self.pick([
            "pt-BR;q=1.0, en-US;q=0.9", "es-419,es;q=0.9", "hi-IN,en-IN;q=0.8", "vi-VN", "ar-EG,ar;q=0.9,en;q=0.6",
            "ja-JP", "ko-KR", "uk-UA,uk;q=0.9", "tr-TR", "sw-KE,en;q=0.7", "id-ID", "en-GB"]),
             "Authorization": "Bearer " + self.jwt("mobile-bff", "read write"), "X-App-Version": ua.split()[0][16:],
             "X-Device-Id": self.uuid().upper() if ios else self.hexs(16),
             "X-Timezone": self.pick(TIMEZONES), "Accept-Encoding": "gzip" if not ios else "br;q=1.0, gzip;q=0.9"}
        return self.tracing(h)

    def api(self) -> dict[str, Any]:
        client = self.pick(["ci-autograder", "grafana-dash", "lms-sync", "analytics-etl", "notebook-runner",
                            "support-bot", "jeeves-worker"])
        h = self.script_headers(client, self.pick(["read", "read", "read write"]))
        roll = self.rng.random()
        if roll < 0.32:
            params = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 1000, 4800]))))
            for key, values in (("team_id", [t for t, _, _ in TEAMS]), ("active", ["true", "false", "1"]),
                                ("alerts", ["on", "off", "true"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            return self.record("api", "query", self.get_request("/api/users?" + urllib.parse.urlencode(params), h))
        if roll < 0.52:
            return self.record("api", "path", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "", "headers": h,
                                               "uri": f"/api/users/{self.rng.randint(1, 5200)}"})
        if roll < 0.68:
            p = self.pick(self.people)
            doc: dict[str, Any] = self.pick([
                {"settings": {"timezone": p["tz"], "alert_time": self.alert_time()}},
                {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.5)}},
                {"name": p["name"], "email": p["email"]}, {"is_active": self.chance(0.3)},
                {"is_admin": self.chance(0.5)}])
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{p['row']}", "headers": h,
                                               "body": json.dumps(doc, ensure_ascii=self.chance(0.5))})
        if roll < 0.84:
            day = self.rng.randint(1, 16)
            since = self.pick([f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}",
                               f"2024-09-{day:02d}T08:00:00+05:30",
                               f"2024-08-{day + 10:02d}T00:00:00.000Z"])
            params = [("since", since)] + ([("until", "2024-09-20T23:59:59Z")] if self.chance(0.6) else [])
            return self.record("api", "query", {"method": "GET", "body": "", "headers": h,
                                                "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.92:
            return self.record("api", "header", self.get_request("/api/switches", h))
        if roll < 0.96:
            h["Content-Type"] = "application/json"
            doc = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([t for t, _, _ in TEAMS] + ["*"])
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me"])
            return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}", "headers": h,
                                               "body": json.dumps(doc)})
        h = {"User-Agent": self.pick(["openapi-generator/7.8.0", "Swagger-UI", "PostmanRuntime/7.41.2"]),
             "Accept": "application/json"}
        return self.record("api", "header", self.get_request("/api/openapi.json", h))

    def api_typed(self) -> dict[str, Any]:
        """What students and tutors typed, written to a user record by the mobile app or the LMS sync."""
        p = self.pick(self.people)
        h = self.mobile_headers() if self.chance(0.6) else self.script_headers("lms-sync", "read write")
        h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8"])
        roll = self.rng.random()
        now = f"2024-09-{self.rng.randint(16, 20)}T{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:00Z"
        if roll < 0.3:
            bio = self.fill(self.pick([
                "@C@ learner from @P@ 🌍 | loves @M@ | she/her", "TA for @C@ — office hours Thu 17:00 CET, DM me",
                "Ex-teacher turned data analyst. Fav query:\n@SQL@", "Hi, I'm @NAME@! Phone (for my study group): @PH@",
                "学习中：@C@ 和 @C@ 📚", "Estudiante de @C@. Mi frase favorita: \"@M@\"", "Backend dev learning @C@.\n"
                "`@SH@` is my favourite one-liner", "@NAME@ · @P@ · joined 2023 · 87-day streak 🔥"]))
            doc: dict[str, Any] = {"name": p["name"], "profile": {"bio": bio, "pronouns": self.pick(["she/her",
            "he/him",
                                                                                                    "they/them", ""]),
                                                                  "website": self.pick(LINKS), "locale": self.pick(
                                                                      list(TITLE_TRANSLATIONS))}}
        elif roll < 0.6:
            doc = {"comment": {"thread": f"{self.pick(EXERCISES)['slug']}/discussion", "author": p["name"],
                               "body_md": self.fill(self.pick(TYPED)), "reply_to": self.rng.randint(1000, 99999),
                               "created_at": now}}
        else:
            ex = self.pick(EXERCISES)
            doc = {"submission": {"exercise": ex["slug"], "attempt": self.rng.randint(1, 9), "language": ex["lang"],
                                  "answer": self.pick(LANG_CODE.get(ex["lang"], MATH)),
                                  "note_to_grader": self.fill(self.pick([
                                      "", "I used @M@ for the last part",
                                      "sorry it's late, my internet was down in @P@",
                                      "tests pass locally, see @L@", "I wasn't sure about Q@N@"])),
                                  "client_time": now, "autosave": self.chance(0.3)}}
        return self.record("api-typed", "json", {"method": "PATCH", "uri": f"/api/users/{p['row']}", "headers": h,
                                                 "body": json.dumps(doc, ensure_ascii=self.chance(0.3))})

    def authoring(self) -> dict[str, Any]:
        """The course-authoring studio (a browser SPA) saving an exercise draft to the author's record."""
        ex, author = self.pick(EXERCISES), self.pick([p for p in self.people if p["team"] == "T04TESSELA"])
        course = {"py": "PY-101", "js": "JS-201", "db": "DB-150", "sh": "SH-110", "al": "ALG-230", "st": "STAT-210"}
        h = self.browser_headers(None, cors=True)
        h.update({"Authorization": "Bearer " + self.jwt("authoring-studio", "read write"), "Origin": STUDIO,
                  "Referer": f"{STUDIO}/courses/{course.get(ex['slug'][:2], 'MATH-120')}/exercises/{ex['slug']}/edit",
                  "Content-Type": "application/json", "Accept": "application/json"})
        self.tracing(h)
        tests = [{"name": f"test_{i + 1}", "input": inp, "expected_output": out, "hidden": self.chance(0.3),
                  "points": self.pick([1, 2, 2, 5]), "timeout_ms": self.pick([1000, 2000, 3000])}
                 for i, (inp, out) in enumerate(ex["tests"])]
        locales = self.rng.sample(list(TITLE_TRANSLATIONS), self.rng.randint(0, 3))
        title = {"en": ex["title"], **{loc: f"{TITLE_TRANSLATIONS[loc]} {self.rng.randint(1, 12)}: {ex['title']}"
                                       for loc in locales}}
        draft: dict[str, Any] = {
            "id": ex["slug"], "revision": self.rng.randint(2, 60), "language": ex["lang"], "title": title,
            "prompt_md": ex["prompt"], "starter_code": ex["starter"], "solution": ex["solution"], "tests": tests,
            "hints": ex["hints"], "difficulty": self.pick(["intro", "easy", "medium", "hard"]),
            "points": sum(t["points"] for t in tests),
            "tags": [ex["lang"], *self.rng.sample(TAGS[ex["lang"]], 2), self.pick(["week-3", "cohort-2024-09", "v2"])],
            "due": self.pick(DATES), "updated_by": author["name"], "changelog": self.fill(self.pick(CHANGELOG))}
        roll = self.rng.random()
        if roll < 0.2:
            draft["rubric"] = [{"criterion": c, "points": self.pick([1, 2, 3, 5]),
                                "levels": ["missing", "partial", "complete"]} for c in self.rng.sample(RUBRIC, 4)]
        elif roll < 0.4:  # autosave: only what changed
            draft = {k: draft[k] for k in ("id", "revision", self.pick(["starter_code", "solution", "hints", "tests",
                                                                         "prompt_md"]))}
        elif roll < 0.5:
            draft["sample_submissions"] = [{"label": self.pick(["correct", "off by one", "timeout", "style issues"]),
                                            "code": self.pick(LANG_CODE.get(ex["lang"], MATH)),
                                            "expected_score": self.rng.randint(0, 10)} for _ in range(2)]
        body = {"settings": {"studio_draft": draft}} if self.chance(0.3) else {"exercise": draft, "course": course.get(
            ex["slug"][:2], "MATH-120"), "module": self.rng.randint(1, 10), "lesson": self.rng.randint(1, 6)}
        return self.record("authoring", "json", {"method": "PATCH", "uri": f"/api/users/{author['row']}",
                                                 "headers": h, "body": json.dumps(body, ensure_ascii=self.chance(0.5),
                                                                                  indent=self.pick([None, None, 2]))})

    def search_typed(self) -> dict[str, Any]:
        q = self.fill(self.pick(SEARCHES))[:300]
        roll = self.rng.random()
        if roll < 0.5:
            h = self.browser_headers("/admin/users")
            h["Cookie"] = self.cookies(("__Host-jeeves_admin", self.token()))
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.2) else [])
            return self.record("search-typed", "query", {"method": "GET", "body": "", "headers": h,
                                                         "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.7:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(("__Host-jeeves_admin", self.token()))
            return self.record("search-typed", "query", {"method": "GET", "body": "", "headers": h,
                                                         "uri": "/admin/audit?" + urllib.parse.urlencode([("q", q)])})
        h = self.script_headers("grafana-dash", "read")
        params = [("q", q), ("limit", "25")]
        return self.record("search-typed", "query", {"method": "GET", "body": "", "headers": h,
                                                     "uri": "/api/users?" + urllib.parse.urlencode(
                                                         params, quote_via=self.pick([urllib.parse.quote_plus,
                                                                                      urllib.parse.quote]))})

    # ---- browsers: admin panel, /me/, Sign in with Slack ------------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False, cors: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
            "Safari/537.36 Edg/128.0.0.0",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
            "Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.6 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 "
            "Mobile Safari/537.36",
            "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
            "Safari/537.36"])
        h = {"User-Agent": ua, "Accept-Language": self.pick([
            "en-US,en;q=0.9", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "es-419,es;q=0.9", "hi-IN,hi;q=0.9,en;q=0.8",
            "vi-VN,vi;q=0.9,en-US;q=0.6", "ar,en-US;q=0.7,en;q=0.3", "ja,en-US;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9",
            "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7", "de-CH,de;q=0.9,fr;q=0.8,en;q=0.7", "tr-TR,tr;q=0.9", "en-GB"]),
             "Accept-Encoding": "gzip, deflate, br, zstd"}
        if cors:
            h.update({"Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": "same-site"})
        else:
            h.update({"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                                "image/apng,*/*;q=0.8", "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document",
                      "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "same-origin" if referer or form else "none",
                      "Sec-Fetch-User": "?1"})
        if "Chrome" in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            major = "129" if "129" in ua else "128"
            h["sec-ch-ua"] = f'"{brand}";v="{major}", "Not=A?Brand";v="8", "Chromium";v="{major}"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = ('"Android"' if "Android" in ua else '"macOS"' if "Mac" in ua else
                                       '"Chrome OS"' if "CrOS" in ua else '"Windows"')
        if referer:
            h["Referer"] = referer if referer.startswith("http") else BASE + referer
        if form:
            h.update({"Origin": "null", "Content-Type": "application/x-www-form-urlencoded",
                      "Cache-Control": "max-age=0"})
        if self.chance(0.15):
            h["DNT"] = "1"
        if "Firefox" in ua and self.chance(0.5):
            h["Priority"] = "u=0, i"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = []
        if self.chance(0.3):
            extra.append(self.ga_cookie())
        if self.chance(0.2):
            extra.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Mon+Sep+16+2024+10%3A12%3A03+GMT%2B0200&"
                                            "version=202405.1.0&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A0"))
        if self.chance(0.15):
            extra.append(("tess_prefs", urllib.parse.quote(json.dumps({"theme": "dark", "lang": "pt-BR",
                                                                       "tz": self.pick(TIMEZONES)}))))
        if self.chance(0.1):
            extra.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        return "; ".join(f"{k}={v}" for k, v in [*pairs, *extra])

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        boundary = self.form_boundary("webkit" if self.chance(0.6) else "firefox")
        return self.multipart_form(boundary, fields)

    def admin(self) -> dict[str, Any]:
        session, csrf = ("__Host-jeeves_admin", self.token()), self.token()
        roll = self.rng.random()
        if roll < 0.35:
            h = self.browser_headers(self.pick([None, "/admin/", "/admin/users"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/admin/", "/admin/users", "/admin/features", "/admin/clients", "/admin/audit?page=3",
                             "/admin/gateway", "/admin/account", "/admin/slack-sign-in", "/admin/features?done="
                             "switch_updated", "/admin/users?done=user_updated&q=O%27Connor&page=1"])
            return self.record("admin", "cookie", self.get_request(uri, h))
        if roll < 0.5:
            h = self.browser_headers("/admin/users", True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                                           ("q", self.pick([self.pick(self.people)["name"], "", "TA"])),
                                           ("page", str(self.rng.randint(1, 4)))])
            return self.record("admin", "form", {"method": "POST", "headers": h, "body": body,
                                                 "uri": f"/admin/users/{self.rng.randint(1, 5200)}/"
                                                        f"{self.pick(['active', 'admin'])}"})
        if roll < 0.62:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("action", self.pick(
                ["weather", "remember_location", "alerts", "config", "login", "forget_me"])),
                ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "T06LEARNRS", "t07unipart"]))])
            return self.record("admin", "form", {"method": "POST", "uri": "/admin/features",
            "headers": h, "body": body})
        if roll < 0.72:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("client_id", self.pick(["lms-sync", "authoring-studio", "grafana.dash",
                                                                     "analytics:etl", "ci-autograder"])),
                      ("description", self.fill(self.pick(["Moodle ↔ Jeeves user sync, nightly 02:00 UTC (owner: "
                                                           "@NAME@)", "Authoring studio drafts — contact content team",
                                                           "Grafana JSON datasource, read-only", "",
                                                           "Autograder CI (GitHub Actions), see @L@"]))),
                      ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.4) else [])
            return self.record("admin", "form", self.form_request("/admin/clients", h, fields))
        if roll < 0.8:
            h = self.browser_headers(self.pick([None, "https://tessellate.slack.com/"]))
            uri = self.pick(["/admin/login", "/admin/login?next=%2Fadmin%2Fusers", "/admin/login?bye=1"])
            return self.record("admin", "query", self.get_request(uri, h))
        if roll < 0.9:
            h = self.browser_headers("/admin/login", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!?#%&*+="
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users?q=TA"])),
                      ("username", self.pick(["ana.admin", "ops-oncall", "j.dsouza", "content.lead", "siobhan"])),
                      ("password", "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 30)))),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}"]))]
            return self.record("admin", "form", self.form_request("/admin/login", h, fields))
        h = self.browser_headers("/admin/slack-sign-in", True)
        h["Cookie"] = self.cookies(session)
        p = self.pick([p for p in self.people if p["team"] == "T04TESSELA"])
        body = urllib.parse.urlencode([("csrf_token", csrf), ("username", p["handle"][:30]), ("team_id", p["team"]),
                                       ("user_id", p["id"])])
        return self.record("admin", "form", {"method": "POST", "uri": "/admin/slack-sign-in", "headers": h,
                                             "body": body})

    def me(self) -> dict[str, Any]:
        session, csrf, p = ("__Host-jeeves_me", self.token()), self.token(), self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.35:
            h = self.browser_headers(self.pick([None, None, "https://learn.tessellate.academy/profile",
                                                "https://app.slack.com/"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            return self.record("me", "cookie", self.get_request(uri, h))
        if roll < 0.65:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            uri = "/me/location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", p["tz"])] + (
                [("alerts", "on")] if self.chance(0.6) else [])
            uri = "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
        h = self.browser_headers(None, True)
        h["Cookie"] = self.cookies(session)
        if uri != "/me/logout" and self.chance(0.3):
            body, h["Content-Type"] = self.multipart(fields)
            return self.record("me", "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record("me", "form", self.form_request(uri, h, fields))

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser_headers(self.pick([None, "https://learn.tessellate.academy/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", self.get_request(uri, h))
        if roll < 0.38:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", self.get_request(uri, h))
        if roll < 0.6:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers("https://slack.com/"))
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            return self.record("auth", "query", {"method": "GET", "body": "", "headers": h,
                                                 "uri": "/auth/slack/callback?" + urllib.parse.urlencode(params)})
        link = self.token()
        if roll < 0.72:
            return self.record("auth", "path", self.link_preview(link))
        if roll < 0.86:
            return self.record("auth", "path", self.link_visit(link, self.browser_headers("https://app.slack.com/")))
        csrf = self.token()
        h = self.browser_headers(None, True)
        return self.record("auth", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata -------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["ci-autograder", "lms-sync", "analytics-etl", "authoring-studio", "mobile-bff",
                            "grafana-dash", "jeeves-worker"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.7.1", "Go-http-client/2.0", "axios/1.7.7",
                                      "okhttp/4.12.0", "Authlib/1.3.2"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, "read")
        if roll < 0.75:
            h["Authorization"] = basic
            return self.record("oauth", "form", {"method": "POST", "uri": "/oauth/introspect", "headers": h,
                                                 "body": urllib.parse.urlencode([("token", token),
                                                                                 ("token_type_hint", "access_token")])})
        if roll < 0.85:
            h["Authorization"] = basic
            return self.record("oauth", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("oauth", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            h = {"User-Agent": self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                                          "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                                          "Better Stack Better Uptime Bot Mozilla/5.0"]), "Accept": "*/*"}
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                    "uri": self.pick(["/healthz", "/readyz"]), "headers": h})
        if roll < 0.75:
            h = {"User-Agent": self.pick(["lua-resty-http/0.17.2", "PyJWT/2.9.0", "jwks-rsa/3.1.0 (node)",
                                          "Go-http-client/2.0", "okhttp/4.12.0"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"'
            return self.record("health", "header", self.get_request("/.well-known/jwks.json", h))
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.7.1", "Authlib/1.3.2"]),
             "Accept": "application/json"}
        return self.record("health", "header", {"method": self.pick(["GET", "HEAD"]), "body": "", "headers": h,
                                                "uri": "/.well-known/oauth-authorization-server"})


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 380), ("slack_typed", 160), ("command", 130), ("command_typed", 70), ("interaction", 90),
    ("api", 130), ("api_typed", 110), ("authoring", 300), ("search_typed", 60), ("admin", 80), ("me", 80),
    ("auth", 45), ("oauth", 55), ("health", 39),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The week, in the order it happens (kinds interleaved)."""
    return planned(Term(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
