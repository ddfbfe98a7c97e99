"""A fortnight of teaching term at a university's IT services and School of Computing, on every route of the edge
(benign only).

About 1,700 requests in the proportions a deployment sees them. Slack first: lecturers, teaching assistants,
the servicedesk and students chat in course channels (questions with code snippets and error messages, course
codes, exam rooms and timetables, grade disputes, lab machine names and home-directory paths, git commands,
LaTeX and Markdown, Jupyter and R one-liners, library catalogue searches, many languages and accented names),
reply in threads, mention the bot, DM it, edit messages, share files, unfurl links, react, open App Home, run
`/jeeves ...`, click its buttons and submit modals. Then the data API (gradebook and timetable scripts, CI jobs
and dashboards with bearer tokens), the admin panel, `/me/`, Sign in with Slack, TokenDealer and the health and
metadata endpoints, each with the headers its real client sends.

Written independently by the twelfth evaluation author, from the route list (names, match, methods and upstreams
of gateway/gateway.yaml), the handlers in app/ and tokendealer/, README.md and the record structure of
benign_day_gen.py; no WAF rule, exclusion, ruleset or other generator's text was read, and the texts were not
changed after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, TokenDealer's grant fields, a text's emoji,
an edited message's nesting, the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp,
its web pieces (form_boundary, form_navigation, cross_site_arrival, signed_in, ga_cookie, cookie_header,
me_exit_form, settings_patch, oidc_params, link_expander) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import b64url, slack_escape

NAME = "evaluation_twelfth"
SEED = 12_0912_2024
EPOCH = 1728892800  # 2024-10-14 08:00 UTC, Monday of week 5 of the autumn term
TEAM, TEAM_DOMAIN = "T07ABRMOOR", "abermoor-computing"
APP_ID, BOT_USER = "A07JEEVESU", "U07JEEVES1"
HOST = "jeeves.inf.abermoor.ac.uk"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFY_TOKEN = "kQ4rW9mZp2TtXbLcN7yHvE1s"

FIRST = ["Siobhán", "Mårten", "Zoë", "Jean-Baptiste", "Nguyễn Minh", "Øystein", "Aleksandra", "Chukwuemeka",
         "José María", "Dagný", "Wei Jie", "Kwame", "Ayşe", "Renée", "Thandiwe", "Priyanka", "Mohammed", "Luís",
         "Kateřina", "Đorđe", "Hélène", "Ioana", "Yǔtóng", "Minjun", "Hanako", "Alexandros", "Anastasia",
         "Ngozi", "Eilidh", "Ruairidh", "Catrìona", "Seán", "Agnieszka", "Bartłomiej", "Joaquín", "Maëlle",
         "Tiago", "Annika", "Jürgen", "Fátima", "Oluwadamilare", "Lakshmi", "Arjun", "Farhan", "Zeynep",
         "Dmytro", "Olena", "Kirsty", "Callum", "Ewan", "Morag", "Ishbel", "Rhys", "Gwenllian", "Tomasz",
         "Ximena", "Camila", "Thảo", "Sung-min", "Haruto", "Mei-Ling", "Amara", "Yaw", "Bongani", "Sinéad"]
LAST = ["Ní Bhriain", "Löfgren", "D'Souza", "Lefebvre", "Nguyễn", "Bråthen", "Wójcik-Nowak", "Obi", "Peña",
        "Þórsdóttir", "Ng", "Mensah-Bonsu", "Çelik", "O'Connell-Murphy", "Dlamini", "Raghunathan", "Al-Farsi",
        "Gonçalves", "Dvořáková", "Petrović", "Brisson", "Păun", "Zhao", "Kim", "Satō", "Pappas", "Volkova",
        "Eze-Okonkwo", "MacLeod", "Mac an t-Saoir", "Ó Conaill", "McAllister", "Grzybowski", "Fernández",
        "Le Gall", "Carvalho", "Schäfer", "Großmann", "Adeyemi", "Subramanian", "Chaudhry", "Yıldız",
        "Shevchenko", "Kovalenko", "Fraser", "Henderson", "MacDonald", "Sutherland", "ap Dafydd", "Pryce",
        "Kowalczyk", "Ramírez", "Trần", "Park", "Takahashi", "Chen-Whitaker", "Okonjo", "Asante", "Nkosi",
        "van den Broek", "de la Cruz", "St. Clair", "Smith", "Brown", "Patel", "Khan", "Wilson"]

COURSES = ["COMP1021", "COMP1027", "COMP2011", "COMP2013", "COMP3105", "INFR08025", "INFR09044", "INF2-DBS",
           "CS1002", "CS2040S", "MATH1060", "COMP4030/5030", "ITS-101", "DATA2001", "COMP3217 (Secure Prog.)"]
ROOMS = ["Appleton Tower LT1", "AT 5.07", "Bayes Centre G.03", "Informatics Forum G.07", "Lab 2.14",
         "Lab 3.01 (Linux)", "Sports Hall B", "George Square Lecture Theatre", "JCMB 1501", "Murchison House 1.B.07",
         "Room 4.31 (Teaching Studio)", "Old College, Raeburn Room", "Main Library, Floor 4 bookable room 4.02",
         "Hall 1, Exam Centre (rows A–M)", "Lecture Theatre 1.04", "the Pod @ Nucleus", "Dugald Stewart 1.20"]
HOSTS = ["lab-pc-2.14-07.inf.abermoor.ac.uk", "ceres01", "student.ssh.abermoor.ac.uk", "bamboo.cs.abermoor.ac.uk",
         "gpu-node-03.hpc", "jupyterhub.abermoor.ac.uk", "mlp-cluster-login2", "lab-pc-3.01-22", "ruby.cs",
         "feldspar.inf.abermoor.ac.uk:2222", "db-teaching.abermoor.ac.uk:5432", "git.abermoor.ac.uk"]
DATES = ["Mon 21 Oct", "21/10/2024", "2024-10-21", "Oct 21st", "21.10.24", "Tues wk 7", "Friday of week 8",
         "13 Jan 2025", "2025-01-13 09:30", "Thu 24/10 at 14:10", "the 31st", "11th–15th Nov", "wk9 Wed"]
CHANNELS = [("C07GENERAL0", "general"), ("C07RANDOM00", "random"), ("C07COMP1021", "comp1021-help"),
            ("C07COMP2011", "comp2011-algorithms"), ("C07INFDBS00", "inf2-db-systems"),
            ("C07SERVDESK", "it-servicedesk"), ("C07LABMACH0", "lab-machines"), ("C07EXAMBRD0", "exam-board"),
            ("C07TEACHOFF", "teaching-office"), ("C07PHDSTUD0", "phd-students"), ("C07TATEAM00", "ta-team"),
            ("C07HPCUSERS", "hpc-users"), ("C07LIBRARY0", "library-liaison"), ("C07MARKING0", "marking"),
            ("C07TIMETBL0", "timetabling"), ("C07SECPROG0", "comp3217-secure-prog"),
            ("C07ACCESS00", "accessibility"), ("C07KB00WEA0", "kings-buildings-weather")]
TIMEZONES = ["Europe/London", "Europe/London", "Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Berlin",
             "Europe/Warsaw", "Europe/Athens", "Europe/Istanbul", "Europe/Kyiv", "Europe/Lisbon", "Europe/Madrid",
             "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Kolkata", "Asia/Karachi", "Asia/Dhaka", "Asia/Singapore",
             "Asia/Kuala_Lumpur", "Asia/Ho_Chi_Minh", "Asia/Seoul", "Asia/Tokyo", "Asia/Tehran", "Asia/Riyadh",
             "Africa/Lagos", "Africa/Accra", "Africa/Nairobi", "Africa/Johannesburg", "America/New_York",
             "America/Toronto", "America/Sao_Paulo", "America/Bogota", "America/Mexico_City", "Australia/Perth",
             "Pacific/Auckland", "UTC", "Asia/Kathmandu", "America/St_Johns"]
PLACES = [
    "Edinburgh", "edinburgh", "Edinburgh EH8 9AB", "King's Buildings, Edinburgh", "Kings Buildings",
    "Old College, South Bridge, Edinburgh EH8 9YL", "Bayes Centre, 47 Potterrow, Edinburgh EH8 9BT",
    "Aberdeen AB24 3FX", "St Andrews", "St. Andrews, Fife KY16 9AJ", "Dundee", "Glasgow G12 8QQ", "Stirling",
    "Aberystwyth", "Bangor (Gwynedd)", "Milton Keynes", "Durham DH1 3LE", "Newcastle upon Tyne", "King's Lynn",
    "Cambridge CB3 0FD", "Oxford OX1 3QD", "Stoke-on-Trent", "Ashby-de-la-Zouch", "Brighton & Hove",
    "Belfast BT7 1NN", "Derry~Londonderry", "Cork", "Galway", "Dún Laoghaire", "Inverness", "Stornoway",
    "Kirkwall, Orkney", "Lagos", "Accra", "Nairobi", "Chennai", "Bengaluru", "Hyderabad", "Lahore", "Dhaka",
    "Kathmandu", "北京市海淀区", "上海", "成都", "深圳", "香港", "臺北市", "Hà Nội", "Kuala Lumpur", "Jakarta",
    "서울 관악구", "Seoul", "東京都目黒区", "Almaty", "Tbilisi", "Yerevan", "Київ", "Kyiv", "Warszawa", "Kraków",
    "Poznań", "Vilnius", "Rīga", "Tartu", "Trondheim", "Göteborg", "København", "Aarhus", "Hamburg", "München",
    "Köln", "Zürich", "Lausanne", "Genève", "Lyon", "Toulouse", "Rennes", "Bruxelles", "Leuven", "Delft",
    "Groningen", "Lisboa", "Coimbra", "Salamanca", "València", "Bologna", "Pisa", "Torino", "Αθήνα",
    "Θεσσαλονίκη", "İzmir", "Ankara", "تهران", "القاهرة", "Riyadh", "Karachi", "São Carlos, SP", "Campinas",
    "Bogotá", "Medellín", "Ciudad de México", "Santiago", "Montréal", "Waterloo, ON", "Pittsburgh, PA",
    "Ithaca, NY", "Cambridge, MA 02139", "Berkeley, CA", "55.9445,-3.1892", "56.3398° N, 2.7967° W",
    "EH9 3FD", "G12 8QQ", "AB24 3UE", "Pollock Halls, 18 Holyrood Park Rd", "Marchmont", "Leith",
    "Portobello, Edinburgh", "Bruntsfield", "Musselburgh", "Livingston", "Dunfermline",
]
LINKS = ["https://learn.abermoor.ac.uk/ultra/courses/_48213_1/outline",
         "https://www.gradescope.com/courses/812345/assignments/4410921/review_grades",
         "https://piazza.com/class/lz8x1abc2/post/213", "https://git.abermoor.ac.uk:8929/comp2011/cw2/-/issues/17",
         "https://git.abermoor.ac.uk/comp1021/labs/-/blob/main/lab4/README.md#submitting",
         "https://timetable.abermoor.ac.uk/?view=course&code=COMP2011&weeks=5-11",
         "https://exams.abermoor.ac.uk/seating/2024-25/S1?surname=A-K",
         "https://servicedesk.abermoor.ac.uk/sp?id=ticket&table=incident&sys_id=8f3c2a1d",
         "https://discover.library.abermoor.ac.uk/discovery/search?query=any,contains,introduction%20to%20algorithms"
         "&tab=Everything&vid=44ABER_INST:44ABER_VU1",
         "https://jupyterhub.abermoor.ac.uk:8443/user/s2291034/lab/tree/comp2011/lab5.ipynb",
         "http://localhost:8888/lab?token=3f1c", "https://overleaf.abermoor.ac.uk/project/66f0a1b2c3d4e5f6a7b8c9d0",
         "https://docs.python.org/3.12/library/functools.html#functools.lru_cache",
         "https://cran.r-project.org/web/packages/dplyr/vignettes/dplyr.html",
         "https://en.wikipedia.org/wiki/Dijkstra%27s_algorithm", "https://teams.microsoft.com/l/meetup-join/19%3ameet",
         "https://forms.office.com/e/Xk2mQ9rT1a", "https://www.abermoor.ac.uk/students/exceptional-circumstances",
         "https://media.abermoor.ac.uk/media/COMP2011+Lecture+7A/1_8x7q2kd3", "https://stackoverflow.com/q/1642028",
         "https://status.abermoor.ac.uk/incidents/2024-10-15-eduroam", "https://www.drps.abermoor.ac.uk/24-25/COMP2011"]
EMOJI = [":white_check_mark:", ":+1:", ":pray:", ":eyes:", ":books:", ":computer:", ":mortar_board:", ":coffee:",
         ":sweat_smile:", ":tada:", ":bug:", ":fire:", ":snake:", ":penguin:", ":cloud_with_rain:", ":umbrella:",
         ":thinking_face:", ":heavy_check_mark:", ":warning:", ":scotland:", "🙏", "📚", "😅", "🎓", "🐍", "🐧",
         "☔", "🥶", "✅", "🤯", "🙃", "👩‍🏫", "👨🏾‍💻"]

# Channel chat. «M» a mention, «L» a link, «C» a channel, «P» a place, «K» a course, «R» a room, «H» a lab host,
# «D» a date, «N» a small number.
CHAT = [
    "morning all ☕ «R» is open from 9", "anyone know if «K» CW2 deadline moved to Friday 16:00?",
    "Deadline for «K» coursework is now 22/11 at 12:00 noon (extension approved by the teaching office)",
    "the printers in the Murchison House basement are jammed again 🙃",
    "hi, my student card doesn't open the door of «R» after 18:00, who do I ask?",
    "ticket INC0048213 raised for the projector in «R»", "«M» can you cover my tutorial group T07 on Thu 14:10–15:00?",
    "reminder: marking moderation meeting tomorrow 10am in the staff room (3.02) or on Teams",
    "Is the exam for «K» open-book? student asked on Piazza and I don't want to guess",
    "«H» is out of disk space again, /tmp is 100% full", "who's the owner of the `comp1021-autograder` VM?",
    "lol the autograder just gave someone 105/100", "Gradescope is down? getting 502s since 10:40",
    "Office hours moved: Wed 13:00–14:00, «R» (or ping me here)", "happy Diwali to everyone celebrating 🪔",
    "Joyeux anniversaire «M» 🎂", "merci pour l'aide avec le TP de compilation !",
    "¿Alguien sabe dónde se entrega la práctica 3? ¿Learn o Gradescope?",
    "Danke! Das Skript läuft jetzt auch auf den Laborrechnern.", "すみません、明日のチュートリアルは何時からですか？",
    "오늘 실습실 몇 시까지 열려 있어요?", "Спасибо, разобрался с указателями 🙏", "谢谢老师！作业已经交了",
    "Dziękuję, już działa na maszynach w labie", "Tack! Jag tar passet på torsdag.",
    "شكراً دكتور، سأرسل التقرير اليوم", "धन्यवाद सर, कल लैब में मिलते हैं", "Obrigada! Consegui compilar finalmente 🎉",
    "Teşekkürler hocam, notumu tekrar kontrol edebilir misiniz?", "Ευχαριστώ για τις σημειώσεις!",
    "Tapadh leibh! Chì mi sibh Diciadain.", "Diolch yn fawr, wela i di yn y lab",
    "the wifi in the library (eduroam) keeps dropping on floor 4",
    "eduroam works if you set the outer identity to anonymous@abermoor.ac.uk btw",
    "VPN (FortiClient) is asking for MFA twice, is that expected?", "you need to be on the VPN to reach «H»",
    "the lab PCs got reimaged over the weekend, conda envs in ~/miniconda3 should survive",
    "exam seating plans are up on the portal: surnames A–K «R», L–Z Sports Hall",
    "any TA free to invigilate the «K» class test on «D»? it's 45 min",
    "my mark for CW1 says 58 but the feedback sheet adds up to 63, can someone double check?",
    "grade queries go through the form, not via email please 🙏 «L»",
    "Extension requests: use the ESC form, we can't grant them in Slack «L»",
    "For «K» resit: 14–25 August, room TBC", "Lecture 7 recording is missing the first 10 min (mic was muted, sorry!)",
    "slides for week 5 are up: «L»", "fyi the lecture capture in «R» is broken; I'll record on Zoom instead",
    "does anyone have the HDMI-to-USB-C adapter from 4.31?",
    "student in my group can't log into «H»: 'Permission denied (publickey)'",
    "tell them to run `ssh-keygen -t ed25519 -C \"s2291034@ed.abermoor.ac.uk\"` and add the .pub on GitLab",
    "is `python3` on the lab machines 3.12 now? my notebook breaks on `import distutils`",
    "yes, 3.12 since the reimage. `distutils` is gone, use setuptools or packaging",
    "Jupyter says 'Kernel Restarting' every time I import torch 😩",
    "you're hitting the 4 GB memory cap on the hub, use the GPU queue instead",
    "quiz 3 closes at 23:59 UK time, not CET — several Erasmus students asked",
    "the timetable app shows «K» in «R» but the room booking says «R» 🤔",
    "Lab 5 solutions will be released after the extension deadline",
    "plagiarism check flagged 4 submissions with >80% similarity in the linked-list question",
    "Moss results uploaded to the shared drive, folder `CW2/similarity`",
    "Library has 3 more copies of CLRS (4th ed.) on short loan now 📚", "Reading list updated for «K»: «L»",
    "who's on the servicedesk rota on Friday afternoon?",
    "heads up: the Slurm cluster has planned maintenance 2024-10-19 08:00–18:00 BST",
    "GPU quotas reset on the 1st of each month", "Printing costs £0.05/page mono, £0.15 colour, A3 double",
    "The lost property box is at the Informatics Forum reception", "+1", "ty!", "np", "on it", "done ✅", "ack",
    "👀", "lgtm", "see thread", "sorry wrong channel 🙈", "nvm figured it out", "ok thanks!", "brb",
    "in a meeting, will reply after 3", "It's 4°C and sleeting at King's Buildings, bring a coat 🥶",
    "Weather's gorgeous in «P» today ☀️ who's up for lunch in the Meadows?",
    "Open day Saturday 19 Oct — we need 6 student ambassadors for robot demos 🤖",
    "PhD viva for Ngozi Eze-Okonkwo on 4 Nov at 14:00 in «R», all welcome (quietly)",
    "Teaching award nominations close 31.10.2024", "Teams link for the exam board: «L»",
    "Can we have the «K» tutors' meeting at 12:10 instead of 12:00? The lecture overruns",
    "The «K» Piazza has «N» unanswered posts, could TAs take 5 each? 🙏",
    "Marking split: Q1–Q3 me, Q4–Q6 «M», Q7 «M» — due Friday EOD",
    "Anyone know the room code for the Bayes Centre lecture theatre? timetable says 'BC-G.03'",
    "My student's name shows as 'JosÃ© GarcÃ­a' in the gradebook export. Encoding issue?",
    "the CSV export from Learn is cp1252 again, open it with `encoding=\"cp1252\"` 🙃",
    "Rm 1.B.07 has no pens. Or eraser. Or working clock.",
    "Student says the autograder ran out of time: 'Time limit exceeded (10s)' on test_large_input",
    "Does anyone have a spare 64 GB USB stick for the exam machine image?",
    "If you get 'This account is currently not available' on «H», your shell is /sbin/nologin — ask IS",
    "Password reset link from IS takes ~15 min to arrive, check junk folder",
    "MFA device lost? raise a ticket with your matric number and photo ID at the helpdesk",
    "The timetable clash between «K» and «K» is fixed for semester 2",
    "the servicedesk phone line is down, please use +44 (0)131 650 5000 or ext. 5000 for now",
    "Exam timetable: «K» on «D», 09:30–11:30, «R». Bring your matric card 🎓",
    "can someone add Zoë D'Souza and Jean-Baptiste Lefebvre to the «K» GitLab group? they joined late",
    "student asks if they can use `numpy` in CW1 — I said only the standard library, correct?",
    "correct, standard library only for CW1; numpy is fine from CW2",
    "Is there a LaTeX template for the dissertation? The one on Overleaf has the old crest",
    "thesis template v2.3 is on Overleaf, search 'Abermoor Informatics Thesis'",
    "anyone else's Zoom stuck on 'Connecting…' from the lab PCs?",
    "the room 4.02 booking system double-booked us again, moving to 4.03",
    "Library search tip: use `title:\"Structure and Interpretation\" AND author:Abelson` in Discover",
    "call number for Knuth TAOCP vol. 3 is QA76.6 .K64 — 4th floor, east stacks",
    "ISBN 978-0-262-04630-5 is the 4th edition CLRS, the 3rd ed. is 978-0-262-03384-8",
    "The reading room closes at 22:00 during exams, 00:00 from wk 12", "coffee at 11 in the Forum? ☕",
    "rolling out the new lab image to «H» tonight 20:00–22:00, expect reboots",
    "students: please don't store datasets in your AFS home, quota is 10 GB. Use /disk/scratch/$USER",
    "IS says the outage is fixed; root cause was an expired certificate on the LDAP proxy",
    "Has anyone seen my Logitech clicker? left it in «R» after the 9am",
    "Marks for «K» CW1 released: mean 64.3, median 67, σ 12.8 — histogram in the thread",
    "Remember: anonymous marking, so use exam numbers (B123456) not names in feedback",
    "grade dispute from a student re Q4(b): they used BFS instead of DFS, correct answer though. thoughts?",
    "I'd give full marks if the complexity argument holds, O(V + E) either way",
    "room «R» is 28°C, can estates turn the heating down? 🥵",
    "«M» your office hours are in the wrong room on the calendar (says 5.07, should be 5.17)",
    "the «K» mid-term feedback form closes on «D»; «N» responses so far",
    "it's -2 °C in «P» this morning, the cycle path by the Meadows is icy, careful 🚲",
]

CODE = [
    "```\nTraceback (most recent call last):\n  File \"/home/s2291034/comp1021/cw1/solution.py\", line 42, in "
    "<module>\n    print(best_path(graph, start, goal))\n  File \"/home/s2291034/comp1021/cw1/solution.py\", "
    "line 27, in best_path\n    nxt = frontier[0][1]\nIndexError: list index out of range\n```\n"
    "why does this happen only on the big test? 😭",
    "```\nException in thread \"main\" java.lang.ArrayIndexOutOfBoundsException: Index 10 out of bounds for length 10"
    "\n\tat uk.ac.abermoor.comp2013.Matrix.get(Matrix.java:31)\n\tat uk.ac.abermoor.comp2013.Main.main(Main.java:"
    "12)\n```\nmy loop is `for (int i = 0; i <= n; i++)`",
    "change `i <= n` to `i < n` — classic off-by-one :slightly_smiling_face:",
    "```\n$ gcc -Wall -Wextra -std=c11 -g list.c -o list\nlist.c: In function 'push':\nlist.c:18:5: warning: "
    "implicit declaration of function 'strdup' [-Wimplicit-function-declaration]\n$ ./list < input.txt\n"
    "Segmentation fault (core dumped)\n```",
    "```\n==31337== Invalid read of size 8\n==31337==    at 0x109256: pop (stack.c:44)\n==31337==    by "
    "0x1093A1: main (main.c:19)\n==31337==  Address 0x4a8e048 is 8 bytes inside a block of size 16 free'd\n```\n"
    "you're reading `top->next` after `free(top)`, swap the two lines",
    "```\nlab3.hs:14:22: error: [GHC-83865]\n    • Couldn't match expected type ‘Int’ with actual type ‘[Char]’\n"
    "    • In the first argument of ‘length’, namely ‘xs’\n```",
    "```sql\nSELECT s.matric, s.surname, AVG(m.mark) AS avg_mark\nFROM marks m\nJOIN students s ON s.id = "
    "m.student_id\nWHERE m.course = 'INF2-DBS'\nGROUP BY s.matric, s.surname\nHAVING AVG(m.mark) < 40\n"
    "ORDER BY avg_mark;\n```\nis HAVING right here or should it be WHERE?",
    "HAVING is right — WHERE filters rows before grouping, HAVING filters the groups after",
    "```\n$ git push origin main\nTo git.abermoor.ac.uk:comp2011/cw2-s2291034.git\n ! [rejected]        main -> main "
    "(fetch first)\nerror: failed to push some refs to 'git.abermoor.ac.uk:comp2011/cw2-s2291034.git'\n```",
    "do `git pull --rebase origin main`, fix conflicts, `git rebase --continue`, then push again",
    "```r\nmarks %>% group_by(cohort) %>% summarise(mean = mean(mark, na.rm = TRUE), n = n())\n```",
    "in R just `t.test(mark ~ group, data = df, var.equal = FALSE)` gives you Welch's test",
    "```python\n!pip install --user numpy==1.26.4 pandas\n%matplotlib inline\nimport pandas as pd\n"
    "df = pd.read_csv(\"marks.csv\", encoding=\"cp1252\")\ndf.groupby(\"tutorial\")[\"cw1\"].describe()\n```",
    "```\n! Undefined control sequence.\nl.42     $x \\in \\mathbb\n                       {R}^n$\n```\nadd "
    "`\\usepackage{amssymb}` to the preamble",
    "```latex\n\\begin{align}\n  T(n) &= 2T(n/2) + \\Theta(n) \\\\\n       &= \\Theta(n \\log n)\n\\end{align}\n```",
    "```bash\n#!/bin/bash\n#SBATCH --job-name=cw3-train\n#SBATCH --gres=gpu:1\n#SBATCH --time=04:00:00\n"
    "#SBATCH --mem=16G\nmodule load python/3.11 cuda/12.2\nsource ~/venvs/cw3/bin/activate\n"
    "python train.py --epochs 20 --lr 3e-4 --out /disk/scratch/$USER/runs\n```\n`squeue -u $USER` says "
    "PD (Priority) for an hour",
    "```make\nCC = gcc\nCFLAGS = -Wall -O2 -std=c11\n\nall: shell\n\nshell: shell.o parse.o\n\t$(CC) $(CFLAGS) "
    "-o $@ $^\n\nclean:\n\trm -f *.o shell\n```",
    "```prolog\n?- append(X, Y, [1,2,3]).\nX = [], Y = [1, 2, 3] ;\nX = [1], Y = [2, 3] ;\n...\n```",
    "```\nfor d in submissions/*/; do (cd \"$d\" && make -s test 2>&1 | tail -1); done | sort | uniq -c\n```",
    "```\ndocker run --rm -p 8888:8888 -v \"$PWD\":/home/jovyan/work jupyter/scipy-notebook:2024-10-07\n```",
    "```\nHost lab\n    HostName lab-pc-2.14-07.inf.abermoor.ac.uk\n    User s2291034\n    ProxyJump "
    "s2291034@student.ssh.abermoor.ac.uk\n    IdentityFile ~/.ssh/id_ed25519\n```",
    "```\n_______________ test_dijkstra_disconnected _______________\n    def test_dijkstra_disconnected():\n"
    "        g = Graph.from_edges([(0, 1, 4), (2, 3, 1)])\n>       assert dijkstra(g, 0)[3] == float(\"inf\")\n"
    "E       KeyError: 3\n\ntests/test_graph.py:58: KeyError\n=== 1 failed, 23 passed in 0.41s ===\n```",
    "```\nerror[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable\n --> src/main.rs:"
    "7:5\n  |\n6 |     let first = &v[0];\n  |                  - immutable borrow occurs here\n7 |     "
    "v.push(6);\n  |     ^^^^^^^^^ mutable borrow occurs here\n```",
    "`re.findall(r\"\\bs\\d{7}\\b\", text)` pulls the matric numbers out of the email dump",
    "```\n| Group | Day | Time        | Room      | Tutor            |\n|-------|-----|-------------|-----------|"
    "------------------|\n| T01   | Mon | 11:10–12:00 | AT 5.07   | Siobhán Ní Bhriain |\n| T02   | Tue | "
    "14:10–15:00 | Lab 2.14  | Mårten Löfgren   |\n| T03   | Thu | 16:10–17:00 | JCMB 1501 | Kwame Mensah-Bonsu |\n"
    "```",
    "```python\nwith open(\"/home/s2291034/data/marks.csv\", newline=\"\") as fh:\n    rows = list(csv.DictReader(fh))"
    "\nprint(f\"{len(rows)} rows, mean = {statistics.mean(float(r['cw1']) for r in rows):.1f}\")\n```",
    "```matlab\nA = magic(4);\nA(2,:) = [];   % delete row 2\nx = A \\ b;\n```",
    "for the networks lab: `nc -l 8080` in one terminal, `curl -v http://localhost:8080/hello?name=test` in "
    "the other, then watch it with `sudo tcpdump -i lo port 8080 -A`",
    "OS tutorial: `cat /proc/cpuinfo | grep \"model name\" | head -1` and `free -h` on the lab machine vs your laptop",
    "```sql\nDROP TABLE IF EXISTS enrolment;\nCREATE TABLE enrolment (\n  matric CHAR(8) REFERENCES student(matric),"
    "\n  course VARCHAR(12) NOT NULL,\n  year SMALLINT CHECK (year BETWEEN 1 AND 5),\n  PRIMARY KEY (matric, course)\n"
    ");\n```\nrun it with `psql -h db-teaching.abermoor.ac.uk -U s2291034 -d inf2dbs -f schema.sql`",
    "in the secure programming lecture: never build queries like `\"SELECT * FROM users WHERE name = '\" + name + "
    "\"'\"` — use a PreparedStatement with `?` placeholders",
    "```html\n<form action=\"/submit\" method=\"post\">\n  <label for=\"matric\">Matric</label>\n  <input "
    "id=\"matric\" name=\"matric\" pattern=\"s[0-9]{7}\">\n  <button>Submit</button>\n</form>\n```\n"
    "why does the pattern not reject `S1234567`?",
    "```js\nconst rows = document.querySelectorAll(\"table.marks tbody tr\");\nrows.forEach(r => r.classList.toggle("
    "\"fail\", Number(r.cells[3].textContent) < 40));\n```",
    "```\n$ module avail python\n------ /opt/modules ------\npython/3.9  python/3.10  python/3.11 (D)  python/3.12\n"
    "```",
    "```\nfatal: unable to access 'https://git.abermoor.ac.uk/comp2011/cw2.git/': SSL certificate problem: "
    "unable to get local issuer certificate\n```\nthis is from WSL, the uni CA bundle isn't installed there",
    "```\nOSError: [Errno 122] Disk quota exceeded: '/afs/inf.abermoor.ac.uk/user/s22/s2291034/.cache/pip/wheels'\n"
    "```\n`pip cache purge` and set `PIP_CACHE_DIR=/disk/scratch/$USER/pip`",
    "```\nError in library(tidyverse) : there is no package called ‘tidyverse’\n```\n"
    "`install.packages(\"tidyverse\", lib = \"~/R/library\")` then `.libPaths(\"~/R/library\")`",
]

LONG = [
    "*Exam timetable — Semester 1, 2024/25* :mortar_board:\n\n• «K» — Mon 13 Jan, 09:30–11:30, Sports Hall B "
    "(surnames A–L) & Lecture Theatre 1.04 (M–Z)\n• «K» — Wed 15 Jan, 14:30–16:30, Hall 1, Exam Centre\n• «K» — "
    "Fri 17 Jan, 09:30–12:30 (3 h), George Square Lecture Theatre\n\nBring your matric card. Calculators: Casio "
    "fx-83GTX/fx-85GTX only. Students with adjustments (25% extra time, separate room) get an e-mail from the "
    "exams office by 20/12. Questions → «M» or exams@abermoor.ac.uk",
    "Hi all, a student has raised a formal query about their «K» CW1 mark (52 → they think 61). Summary:\n"
    "> Q2(a) I got 3/6 but my answer matches the model solution except for the base case\n"
    "> Q3 the feedback says \"no complexity analysis\" but it's on page 4\n"
    "I've checked: Q3 analysis *is* on p. 4 (we missed it, +4), Q2(a) base case is wrong for n = 0 so 3/6 stands. "
    "New mark 56. I'll update Gradescope and reply through the form unless anyone objects by Thursday.",
    "*IT Services incident INC0051177 — resolved* ✅\nImpact: students could not log in to the lab machines in "
    "Appleton Tower (levels 3–5) between 08:52 and 10:17 BST.\nCause: an expired intermediate certificate on the "
    "LDAP proxy (ldap-proxy-02). Home directories on AFS were unaffected.\nFix: certificate renewed, nscd caches "
    "flushed on 214 machines via `sudo systemctl restart nscd` from the Ansible playbook.\nFollow-up: monitoring "
    "for certificate expiry < 30 days (ticket CHG0009921). Sorry for the disruption to the 09:00 «K» lab.",
    "Reading list for «K» (all in the Main Library, short loan unless noted):\n1. Cormen, Leiserson, Rivest & "
    "Stein, _Introduction to Algorithms_, 4th ed., MIT Press 2022 — QA76.6 .I5858 2022\n2. Kleinberg & Tardos, "
    "_Algorithm Design_ — e-book via Discover\n3. Sedgewick & Wayne, _Algorithms_, 4th ed. — 3 copies, floor 4\n"
    "4. Skiena, _The Algorithm Design Manual_ (3rd ed.) — e-book, 10 concurrent users\nSearch tip: "
    "`any,contains,\"algorithm design\" AND creator,contains,Kleinberg`",
    "Setting up for the «K» labs on your own laptop:\n```\npython3 -m venv ~/venvs/comp\nsource ~/venvs/comp/bin/"
    "activate    # Windows: .\\venvs\\comp\\Scripts\\Activate.ps1\npip install -r requirements.txt\npytest -q\n"
    "```\nIf `pytest` says `ModuleNotFoundError: No module named 'graphs'`, run it from the repo root, not from "
    "`tests/`. On the lab machines everything is already installed under /opt/comp/venv.",
    "Minutes, «K» teaching team, «D»\nPresent: «M», «M», «M» (chair); apologies: Thandiwe Dlamini\n"
    "1. CW2 spec: clarify that recursion depth > 1000 is allowed (sys.setrecursionlimit) — action «M»\n"
    "2. Autograder timeouts: raise from 10 s to 20 s for test_large_* — action IS (ticket RITM0043310)\n"
    "3. Tutorial attendance ~62% (wk 4), down from 78% (wk 2). Try moving T05 from Fri 16:10.\n"
    "4. AOB: exam paper draft due to the external examiner by 15/11.",
    "Dear «K» students,\n\nThe coursework 2 specification has been updated (v1.2). Changes:\n- Task 3: the input "
    "file may contain blank lines; skip them.\n- Task 4: output must be sorted by (surname, first name) using "
    "Unicode code point order, so \"Ó Conaill\" sorts after \"Zhao\".\n- The deadline is unchanged: Friday "
    "22 November 2024, 12:00 (UK time).\n\nPlease re-download the starter code with `git pull upstream main`. "
    "Apologies for the confusion! — the «K» team 👩‍🏫",
    "hey, long question sorry 😅 I'm trying to run my CW3 notebook on the hub and after `model.fit(X_train, "
    "y_train)` the kernel dies with no error. I'm using the 'Python 3 (ipykernel)' kernel, dataset is ~2.3 GB "
    "(`/disk/scratch/s2291034/cw3/train.parquet`). I tried `del df; gc.collect()` before training and reading with "
    "`columns=[...]` to drop unused ones but it still dies. Locally (16 GB RAM, M1) it works. Is there a memory "
    "limit on jupyterhub.abermoor.ac.uk:8443 and can it be raised for CW3? thanks!!",
    "Accessibility reminder for slides and notes:\n• alt text on every figure (\"Figure 3: binary heap after "
    "insert(7)\")\n• no information by colour alone — red/green tables are hard for ~8% of men\n• LaTeX Beamer: "
    "use `\\usepackage[T1]{fontenc}` and compile with `lualatex` so copied text keeps é, ł, ğ, ő\n• recordings: "
    "auto-captions are on, please correct names like «M» and technical terms (\"Dijkstra\", \"memoisation\")",
    "IS change notice CHG0010042 :warning:\nWhen: Sat 26 Oct 2024, 07:00–13:00 BST\nWhat: upgrade of "
    "jupyterhub.abermoor.ac.uk to JupyterHub 5.2 and Python 3.12 kernels; old 3.10 kernel kept as \"Python 3.10 "
    "(legacy)\" until 31/01/2025.\nImpact: running servers will be stopped; save your work. Notebooks in "
    "/home/jovyan/work are kept.\nContact: +44 (0)131 650 5000, servicedesk@abermoor.ac.uk, or #it-servicedesk",
    "Grade boundaries used for «K» (approved by the exam board «D»): A1 ≥ 90, A2 ≥ 80, A3 ≥ 70, B 60–69, "
    "C 50–59, D 40–49, E 30–39 (fail), F < 30. Moderation sample: 10% or 10 scripts, whichever is larger, "
    "spanning every band. External examiner: Prof. Hélène Brisson (Université de Rennes).",
]

COMMANDS = [
    "weather", "weather «P»", "weather in «P»", "wheather «P»", "Weather «P» pls", "weather «P» tomorrow?",
    "weather King's Buildings", "weather st andrews", "is it going to rain in «P» today", "remember location «P»",
    "remember location «P»", "remember location Pollock Halls, 18 Holyrood Park Rd, Edinburgh EH16 5AY",
    "my location", "forget location", "help", "help me", "?", "config", "config timezone «TZ»", "config tz «TZ»",
    "config alert_time «T»", "config time «T»", "config units metric", "config units imperial", "config units °C",
    "alerts on", "alerts off", "alerts on please 🙏", "login", "log in", "forget me", "hi", "hello 👋",
    "what can you do?", "thanks jeeves!", "weather «P» ☔", "weather Aberdeen AB24 3FX", "weather EH8 9AB",
    "config alert_time 7:45am", "config timezone GMT", "Weather Glasgow", "weather Ciudad de México",
    "weather 55.9445,-3.1892", "remember location «P» (term-time address)", "weather for the exam on monday?",
]

BOOKS = ["Introduction to Algorithms", "Structure and Interpretation of Computer Programs",
         "Computer Networking: A Top-Down Approach", "Operating System Concepts", "Types and Programming Languages",
         "Database System Concepts", "Pattern Recognition and Machine Learning", "R for Data Science",
         "The LaTeX Companion", "Compilers: Principles, Techniques, and Tools", "Learn You a Haskell"]


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in folded if ch.isalnum() or ch == "-") or "user"


class Term(WebApp):
    """The generator: one seeded random source, the people, and one method per kind of request."""

    epoch = EPOCH
    team, ts_window = TEAM, (0, 11 * 24 * 3600)
    oauth_scopes = ("read", "read write", "write", "read")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(260):
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            staff = self.rng.random() < 0.3
            matric = f"s{self.rng.randint(2000000, 2499999)}"
            email = (f"{ascii_fold(first)}.{ascii_fold(last)}@abermoor.ac.uk" if staff
                     else f"{matric}@ed.abermoor.ac.uk")
            self.people.append({"id": self.sid("U0"), "name": f"{first} {last}", "email": email,
                                "handle": f"{ascii_fold(first)}.{ascii_fold(last)}{i if i % 9 == 0 else ''}",
                                "matric": matric, "tz": self.rng.choice(TIMEZONES)})

    # ---- small random pieces ------------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([6, 7, 7, 7, 8, 8, 8, 9, 12, 17, 18])}:{self.pick(['00', '15', '30', '45', '50'])}"

    def rec(self, kind: str, placement: str, method: str, uri: str, body: str,
            headers: dict[str, str]) -> dict[str, Any]:
        """A benign record from a request's parts (records.Seeded.record takes a request dict)."""
        self.n += 1
        return {"method": method, "uri": uri, "body": body, "headers": headers,
                "id": f"{NAME}-benign-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    def fill(self, text: str, slack: bool = True) -> str:
        out = slack_escape(text) if slack else text
        subs = {
            "«M»": lambda: f"<@{self.pick(self.people)['id']}>" if slack else "@" + self.pick(self.people)["handle"],
            "«C»": lambda: "<#{}|{}>".format(*self.pick(CHANNELS)) if slack else "#" + self.pick(CHANNELS)[1],
            "«P»": lambda: slack_escape(self.pick(PLACES)) if slack else self.pick(PLACES),
            "«K»": lambda: self.pick(COURSES), "«R»": lambda: self.pick(ROOMS), "«H»": lambda: self.pick(HOSTS),
            "«D»": lambda: self.pick(DATES),
            "«N»": lambda: str(self.rng.randint(3, 60)), "«TZ»": lambda: self.pick(TIMEZONES),
            "«T»": self.alert_time, "«L»": lambda: self.link(slack),
        }
        for marker, make in subs.items():
            while marker in out:
                out = out.replace(marker, make(), 1)
        return out

    def link(self, slack: bool) -> str:
        url = self.pick(LINKS)
        if not slack:
            return url
        label = self.pick(["", "", "", "|here", "|the form", "|slides", "|Gradescope", "|ticket", "|reading list"])
        return f"<{slack_escape(url)}{label}>"

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.58:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["«M» ", "hey «M», ", "\x00H ", "cc «M» "]) + text
        elif roll < 0.88:
            text = self.pick(["", "", "", "hi, ", "quick q: ", "«M» ", "from a student on Piazza:\n",
                              "any idea?\n"]) + self.pick(CODE)
            if self.chance(0.25):
                text += "\n" + self.pick(["thanks in advance 🙏", "(lab 2.14, machine 07)", "fixed it, ignore",
                                          "cc «M»", "same on my laptop", "sorry for the wall of text"])
        else:
            text = self.pick(LONG)
        return self.fill(text).replace("\x00H", "<!here>")

    def command_text(self) -> str:
        return self.fill(self.pick(COMMANDS))

    # ---- Slack ---------------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
             "Content-Type": content_type, "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(0.03):
            h["X-Slack-Retry-Num"] = self.pick(["1", "2", "3"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return h

    def event_json(self, event: dict[str, Any]) -> str:
        doc = {"token": VERIFY_TOKEN, "team_id": TEAM, "context_team_id": TEAM, "context_enterprise_id": None,
               "api_app_id": APP_ID, "event": event, "type": "event_callback", "event_id": self.sid("Ev0", 9),
               "event_time": EPOCH + self.rng.randint(0, 11 * 24 * 3600),
               "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER, "is_bot": True,
                                   "is_enterprise_install": False}],
               "is_ext_shared_channel": False, "event_context": "4-" + self.token(36)}
        return json.dumps(doc, ensure_ascii=False)

    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        if raw.startswith("```") and raw.endswith("```"):
            elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": raw[3:-3]}],
                             "border": 0})
        else:
            elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"user": self.pick(self.people)["id"], "type": "app_mention" if mention else "message",
                                 "ts": ts, "client_msg_id": self.uuid(), "text": text, "team": TEAM}
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        event["channel"] = channel
        event["event_ts"] = ts
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.25):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def event(self, placement: str, event: dict[str, Any]) -> dict[str, Any]:
        return self.rec("slack", placement, "POST", "/slack/events", self.event_json(event),
                           self.slack_headers("application/json"))

    def url_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFY_TOKEN, "challenge": self.token(40), "type": "url_verification"})
        return self.rec("slack", "json", "POST", "/slack/events", body, self.slack_headers("application/json"))

    def slack_chat(self) -> dict[str, Any]:
        return self.event("json", self.message(self.chat_text(), self.pick(CHANNELS)[0], "channel"))

    def slack_thread(self) -> dict[str, Any]:
        event = self.message(self.chat_text(), self.pick(CHANNELS)[0], "channel")
        event["thread_ts"] = self.ts()
        event["parent_user_id"] = self.pick(self.people)["id"]
        if self.chance(0.2):
            event["subtype"] = "thread_broadcast"
        return self.event("json", event)

    def slack_mention(self) -> dict[str, Any]:
        if self.chance(0.6):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}>, ", f"<@{BOT_USER}> pls "]) + self.chat_text()
        return self.event("json", self.message(text, self.pick(CHANNELS)[0], "channel", mention=True))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.8) else self.chat_text()
        return self.event("json", self.message(text, self.sid("D0"), "im"))

    def slack_edit(self) -> dict[str, Any]:
        channel = self.pick(CHANNELS)[0]
        old = self.message(self.chat_text(), channel, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.fill(self.pick([" (edit: room is «R»)", " *", " — fixed the typo", " ✏️"]))
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": channel,
                 "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel",
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                  "event_ts")}}
        return self.event("json", event)

    def slack_delete(self) -> dict[str, Any]:
        channel = self.pick(CHANNELS)[0]
        ts = self.ts()
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": ts,
                 "channel": channel, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel",
                 "previous_message": {"type": "message", "user": self.pick(self.people)["id"], "ts": ts,
                                      "text": self.chat_text()}}
        return self.event("json", event)

    def slack_bot_post(self) -> dict[str, Any]:
        n = self.rng.randint(10, 9999)
        source = self.pick(["gitlab", "gradescope", "servicenow", "statuspage", "calendar"])
        texts = {
            "gitlab": f"*comp2011/cw2-{self.pick(self.people)['matric']}*: pipeline <https://git.abermoor.ac.uk:8929/"
                      f"comp2011/cw2/-/pipelines/{n}|#{n}> *failed* on `main` (stage `test`, job `pytest 3.12`)",
            "gradescope": f"Grades published for *{self.pick(COURSES)} — Quiz {n % 9 + 1}*: "
                          f"{n % 300 + 40} submissions, mean {50 + n % 40}.{n % 10}",
            "servicenow": f"INC00{n:05d} assigned to *Lab Support*: \"{self.pick(HOSTS)} — no display after "
                          f"login\" (priority P{n % 4 + 1})",
            "statuspage": f":large_yellow_circle: *Degraded performance*: eduroam in the Main Library (floors 3–5). "
                          f"Updates: <https://status.abermoor.ac.uk/incidents/{n}|status page>",
            "calendar": f"Reminder: *{self.pick(COURSES)} lecture* in {self.pick(ROOMS)} at "
                        f"{self.pick(['09:00', '11:10', '14:10', '16:10'])} (in 15 minutes)",
        }
        ts = self.ts()
        text = texts[source].replace("&", "&amp;")
        event = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": self.pick(CHANNELS)[0], "event_ts": ts,
                 "channel_type": "channel",
                 "attachments": [{"fallback": text[:70], "color": self.pick(["#36a64f", "#e01e5a", "#ecb22e"]),
                                  "footer": source.title(), "ts": EPOCH + n}]}
        return self.event("json", event)

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(["CW2_feedback_B123456.pdf", "Screenshot 2024-10-15 at 11.02.37.png",
                          "exam_seating_plan_v3 (final).xlsx", "lab5.ipynb", "thesis_draft_ch2.tex",
                          "valgrind-output.txt", "Rückmeldung_Übung4.pdf", "timetable S1 2024-25.csv",
                          "IMG_20241016_093012.jpg", "moderation sample – COMP2011.zip", "marks.Rmd"])
        event = self.message(self.fill(self.pick(["", "see attached", "here's the screenshot 👆",
                                                  "updated seating plan, v3 😅", "the notebook that kills the kernel",
                                                  "«M» feedback for your group"])),
                             self.pick(CHANNELS)[0], "channel")
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + self.rng.randint(0, 900000), "name": name, "title": name,
                           "mimetype": {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg",
                                        "csv": "text/csv", "zip": "application/zip"}.get(ext, "text/plain"),
                           "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "size": self.rng.randint(900, 9_000_000), "mode": "hosted", "is_external": False,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/"
                                          + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        return self.event("json", event)

    def slack_unfurl(self) -> dict[str, Any]:
        links = [self.pick(LINKS) for _ in range(self.rng.randint(1, 2))]
        event = {"type": "link_shared", "channel": self.pick(CHANNELS)[0], "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"], "message_ts": self.ts(), "unfurl_id": self.sid("C0", 9) + "."
                 + self.ts().replace(".", "") + "." + self.hexs(40), "source": self.pick(["conversations_history",
                                                                                       "composer"]),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in links],
                 "event_ts": self.ts()}
        return self.event("json", event)

    def slack_reaction(self) -> dict[str, Any]:
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "+1", "pray", "tada", "books", "heavy_plus_sign",
                                        "100", "thinking_face", "raised_hands", "skin-tone-4", "scotland"]),
                 "item_user": self.pick(self.people)["id"],
                 "item": {"type": "message", "channel": self.pick(CHANNELS)[0], "ts": self.ts()},
                 "event_ts": self.ts()}
        return self.event("json", event)

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0"))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "state": {"values": {}},
                             "hash": f"{EPOCH}.{self.hexs(8)}", "title": {"type": "plain_text", "text": "Jeeves"},
                             "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        return self.event("json", event)

    def slack_join(self) -> dict[str, Any]:
        event = {"type": "member_joined_channel", "user": self.pick(self.people)["id"],
                 "channel": self.pick(CHANNELS)[0], "channel_type": "C", "team": TEAM,
                 "inviter": self.pick(self.people)["id"], "event_ts": self.ts()}
        return self.event("json", event)

    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 5)
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text() if self.chance(0.95) else ""),
                  ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands")), ("trigger_id", self.trigger())]
        return self.rec("command", "form", "POST", "/slack/commands", urllib.parse.urlencode(fields),
                           self.slack_headers("application/x-www-form-urlencoded"))

    def interaction_body(self, payload: dict[str, Any]) -> str:
        return urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])

    def button_click(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 4)
        roll = self.rng.random()
        if roll < 0.72:
            action = {"action_id": "set_location", "block_id": self.token(4)[:5], "value": self.pick(PLACES),
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "type": "button", "action_ts": self.ts()}
        elif roll < 0.88:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(4)[:5], "value": "forget",
                      "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(4)[:5], "value": "cancel",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": user["id"], "username": user["handle"],
                                              "name": user["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": True},
            "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions"), "actions": [action]}
        return self.rec("interaction", "form", "POST", "/slack/interactions", self.interaction_body(payload),
                           self.slack_headers("application/x-www-form-urlencoded"))

    def modal_submit(self) -> dict[str, Any]:
        user = self.pick(self.people)
        kind = self.pick(["lab_fault", "room_request", "office_hours"])
        if kind == "lab_fault":
            values = {"machine": {"machine_input": {"type": "plain_text_input", "value": self.pick(HOSTS)}},
                      "room": {"room_select": {"type": "static_select", "selected_option": {
                          "text": {"type": "plain_text", "text": self.pick(ROOMS)}, "value": "r" + self.hexs(4)}}},
                      "desc": {"desc_input": {"type": "plain_text_input", "value": self.fill(self.pick(CHAT + CODE),
                                                                                             slack=False)}}}
            title = "Report a lab fault"
        elif kind == "room_request":
            values = {"course": {"course_input": {"type": "plain_text_input", "value": self.pick(COURSES)}},
                      "date": {"date_pick": {"type": "datepicker", "selected_date": f"2024-1{self.pick('01')}-"
                                                                                     f"{self.rng.randint(1, 28):02d}"}},
                      "time": {"time_pick": {"type": "timepicker", "selected_time": self.alert_time().zfill(5)}},
                      "notes": {"notes_input": {"type": "plain_text_input",
                                                "value": self.pick(["needs 40 seats + projector",
                                                                    "wheelchair access please, step-free route",
                                                                    "Linux lab, same image as 2.14",
                                                                    "exam-style layout, rows A–M"])}}}
            title = "Request a room"
        else:
            values = {"when": {"when_input": {"type": "plain_text_input", "value": self.pick(DATES)}},
                      "where": {"where_input": {"type": "plain_text_input", "value": self.pick(ROOMS)}},
                      "topic": {"topic_input": {"type": "plain_text_input", "value": self.fill(
                          self.pick(CHAT), slack=False)}}}
            title = "Office hours"
        payload = {"type": "view_submission", "team": {"id": TEAM, "domain": TEAM_DOMAIN},
                   "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
                   "api_app_id": APP_ID, "token": VERIFY_TOKEN, "trigger_id": self.trigger(),
                   "view": {"id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "callback_id": kind,
                            "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0]}),
                            "title": {"type": "plain_text", "text": title}, "blocks": [],
                            "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}",
                            "submit": {"type": "plain_text", "text": "Submit"}, "app_id": APP_ID},
                   "response_urls": [], "is_enterprise_install": False, "enterprise": None}
        return self.rec("interaction", "form", "POST", "/slack/interactions", self.interaction_body(payload),
                           self.slack_headers("application/x-www-form-urlencoded"))

    # ---- scripts, CI and dashboards on the data API ---------------------------------------------------------
    def jwt(self, client: str, scope: str, aud: str = "jeeves") -> str:
        header = {"alg": "ES256", "typ": "at+jwt", "kid": self.token(16)}
        iat = EPOCH + self.rng.randint(0, 11 * 24 * 3600)
        claims = {"iss": BASE, "sub": client, "aud": aud, "client_id": client, "scope": scope, "iat": iat,
                  "nbf": iat, "exp": iat + 900, "jti": self.uuid()}
        return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                         b64url(json.dumps(claims, separators=(",", ":")).encode()), self.token(64)])

    def trace_headers(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;t.dm:-0,abermoor=p:{self.hexs(8)}"
        elif roll < 0.3:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=gradebook-sync%401.4."
                            f"{self.rng.randint(0, 9)},sentry-public_key={self.hexs(32)},"
                            f"sentry-trace_id={self.hexs(32)}")
        elif roll < 0.36:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.42:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)}"
        if self.chance(0.3):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gl-job-{self.rng.randint(10**6, 10**7)}",
                                           f"cron.gradebook.{self.hexs(10)}"])

    def script_headers(self) -> dict[str, str]:
        ua = self.pick(["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.9.1", "curl/7.81.0",
                        "gradebook-sync/1.4.2 (+https://git.abermoor.ac.uk/is/gradebook-sync) python-httpx/0.27.2",
                        "timetable-dashboard/0.9 node-fetch/3.3.2", "axios/1.7.7", "Grafana/11.2.2",
                        "httr2/1.0.5 r-curl/5.2.3 libcurl/8.5.0", "libcurl/8.5.0 r-curl/5.2.3 httr/1.4.7",
                        "PostmanRuntime/7.42.0", "GitLab-Runner 17.4.0 (17-4-stable; go1.22.7; linux/amd64)",
                        "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
                        "Go-http-client/2.0", "Java-http-client/21.0.4", "Wget/1.21.4"])
        client = self.pick(["gradebook-sync", "timetable-dashboard", "servicedesk-reports", "ci-comp2011",
                            "learn-bridge", "ta-allocation"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*",
                                                    "application/json;q=0.9,*/*;q=0.8"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read", "read write"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if ua.startswith("PostmanRuntime"):
            h["Postman-Token"] = self.uuid()
            h["Cache-Control"] = "no-cache"
        if "Grafana" in ua:
            h["X-Grafana-Org-Id"] = "1"
            h["X-Dashboard-Uid"] = self.pick(["teaching-usage", "lab-load", "jeeves-ops"])
        self.trace_headers(h)
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 0, 25, 50, 100, 200, 500, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false", "on", "off"]),
                                ("team_id", [TEAM, "T03ABERSTU"])):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            if self.chance(0.1):
                params.append(("_", str((EPOCH + self.rng.randint(0, 10**6)) * 1000)))
            self.rng.shuffle(params)
            return self.rec("api", "query", "GET", "/api/users?" + urllib.parse.urlencode(params), "", h)
        if roll < 0.48:
            return self.rec("api", "path", "GET", f"/api/users/{self.rng.randint(1, 3200)}", "", h)
        if roll < 0.68:
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.6)
            elif choice < 0.75:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.9:
                doc = {"is_active": self.chance(0.2)}
            else:
                doc = {"is_admin": self.chance(0.5), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))
            return self.rec("api", "json", "PATCH", f"/api/users/{self.rng.randint(1, 3200)}", body, h)
        if roll < 0.84:
            day = self.rng.randint(1, 14)
            since = self.pick([f"2024-10-{day:02d}", f"2024-10-{day:02d}T00:00:00Z",
                               f"2024-10-{day:02d}T08:00:00+01:00", f"2024-09-{day + 14:02d}T09:30:00.000Z",
                               f"2024-10-{day:02d}T00:00:00.123456+00:00", "2024-09-16"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-10-25T23:59:59Z", "2024-10-25", "2024-10-25T18:00:00+01:00"])))
            return self.rec("api", "query", "GET", "/api/usage/stats?" + urllib.parse.urlencode(params), "", h)
        if roll < 0.92:
            return self.rec("api", "header", "GET", "/api/switches", "", h)
        if roll < 0.97:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
            switch: dict[str, Any] = {"enabled": self.chance(0.75)}
            if self.chance(0.5):
                switch["team_id"] = self.pick([TEAM, "*", "T03ABERSTU"])
            h["Content-Type"] = "application/json"
            return self.rec("api", "json", "PUT", f"/api/switches/{action}", json.dumps(switch), h)
        h2 = {"User-Agent": self.pick(["openapi-generator/7.8.0", "Swagger-UI", "PostmanRuntime/7.42.0",
                                       "python-requests/2.32.3"]), "Accept": "application/json"}
        return self.rec("api", "header", "GET", "/api/openapi.json", "", h2)

    # ---- browsers: admin panel, /me/, Sign in with Slack ------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False,
                        mobile_app: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
            "Safari/537.36 Edg/129.0.0.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:131.0) Gecko/20100101 Firefox/131.0",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
            "Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.0 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 "
            "Mobile Safari/537.36",
            "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
            "Safari/537.36"])
        if mobile_app:
            ua = self.pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 "
                            "(KHTML, like Gecko) Mobile/15E148 Slack/24.10.10",
                            "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230901.001; wv) AppleWebKit/537.36 "
                            "(KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36 "
                            "Slack/24.10.20.0"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "en-US,en;q=0.5",
                                           "zh-CN,zh;q=0.9,en;q=0.8", "de-DE,de;q=0.9,en-GB;q=0.8,en;q=0.7",
                                           "pl,en-GB;q=0.9,en;q=0.8", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7",
                                           "ga-IE,ga;q=0.9,en-IE;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8",
                                           "es-ES,es;q=0.9", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "el-GR,el;q=0.9"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome/" in ua and "Edg/" not in ua:
            ver = ua.split("Chrome/")[1].split(".")[0]
            h["sec-ch-ua"] = f'"Google Chrome";v="{ver}", "Chromium";v="{ver}", "Not=A?Brand";v="8"'
        elif "Edg/" in ua:
            h["sec-ch-ua"] = '"Microsoft Edge";v="129", "Not=A?Brand";v="8", "Chromium";v="129"'
        if "sec-ch-ua" in h:
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = ('"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua
                                       else '"macOS"' if "Mac OS" in ua else '"Chrome OS"' if "CrOS" in ua
                                       else '"Linux"')
        if "Firefox" in ua:
            h["Priority"] = "u=0, i"
            h["DNT"] = "1" if self.chance(0.3) else "0"
        return self.form_navigation(h, BASE, referer, form)

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.25) else []
        if self.chance(0.15):
            extra.append(("cookie_consent", self.pick(["essential", "all", "essential%2Canalytics"])))
        if self.chance(0.1):
            extra.append(("_shibsession_64656661756c74", self.hexs(32)))
        return self.cookie_header(pairs, extra, shuffle=False)

    def admin_query(self) -> str:
        person = self.pick(self.people)
        return self.pick([person["name"], person["name"].split(" ")[-1], person["email"], person["id"],
                          person["matric"], person["email"].split("@")[0], "@ed.abermoor.ac.uk", TEAM,
                          "O'Connell", "Ní Bhriain", "Wójcik", "Nguyễn", "d'souza", "mac", "st. clair",
                          "Eze-Okonkwo", "王", "김", "ş", "s22", "abermoor.ac.uk"])

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.28:
            params = [("q", self.admin_query())]
            if self.chance(0.3):
                params.append(("page", str(self.rng.randint(1, 12))))
            h = self.browser_headers(self.pick(["/admin/users", "/admin/", None]))
            h["Cookie"] = self.cookies(session)
            return self.rec("admin", "query", "GET", "/admin/users?" + urllib.parse.urlencode(params), "", h)
        if roll < 0.42:
            flag = self.pick(["active", "admin"])
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", self.admin_query()),
                      ("page", str(self.rng.randint(1, 5)))]
            h = self.browser_headers("/admin/users?" + urllib.parse.urlencode([("q", self.admin_query())]), True)
            h["Cookie"] = self.cookies(session)
            return self.rec("admin", "form", "POST", f"/admin/users/{self.rng.randint(1, 3200)}/{flag}",
                               urllib.parse.urlencode(fields), h)
        if roll < 0.5:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
            if self.chance(0.8):
                fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"])),
                          ("team_id", self.pick(["", "", TEAM, "T03ABERSTU"]))]
                return self.rec("admin", "form", "POST", "/admin/features", urllib.parse.urlencode(fields), h)
            fields = [("csrf_token", csrf), ("action", action), ("team_id", "T03ABERSTU")]
            return self.rec("admin", "form", "POST", "/admin/features/remove", urllib.parse.urlencode(fields), h)
        if roll < 0.6:
            h = self.browser_headers("/admin/audit", False)
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "user.admin", "login", "feature.set", "client.create", "client.rotate",
                           "forget_me", "2024-10-15", self.admin_query(), "failed", "admin.map_slack"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.3) else [])
            return self.rec("admin", "query", "GET", "/admin/audit?" + urllib.parse.urlencode(params), "", h)
        if roll < 0.74:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                              "/admin/gateway", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=O%27Connell&page=1",
                              "/admin/features?done=switch_updated",
                              "/admin/clients?done=client_disabled", "/admin/users?page=3"])
            return self.rec("admin", "cookie", "GET", page, "", h)
        if roll < 0.82:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random()
            client = self.pick(["gradebook-sync", "timetable-dashboard", "servicedesk-reports", "ci-comp2011",
                                "learn-bridge", "ta-allocation", "lab-usage.grafana", "moodle:legacy-export"])
            if sub < 0.5:
                fields = [("csrf_token", csrf), ("client_id", client),
                          ("description", self.pick(["Nightly gradebook sync Learn → Jeeves (owner: «M»)",
                                                     "GitLab CI for COMP2011 autograder — read-only",
                                                     "Timetable dashboard (Grafana), read", "TA allocation script, "
                                                     "runs Mon 07:00 UK", "Servicedesk weekly report (Power BI)", ""]
                                                    ).replace("«M»", self.pick(self.people)["name"])),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
                return self.rec("admin", "form", "POST", "/admin/clients", urllib.parse.urlencode(fields), h)
            path = f"/admin/clients/{urllib.parse.quote(client)}/" + self.pick(["rotate", "disable", "enable"])
            return self.rec("admin", "form", "POST", path, urllib.parse.urlencode([("csrf_token", csrf)]), h)
        if roll < 0.9:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!?#%+="
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 30)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["itadmin", "k.fraser", "teaching-office", "mhenders"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.rec("admin", "form", "POST", "/admin/login", urllib.parse.urlencode(fields), h)
        if roll < 0.94:
            h = self.browser_headers(self.pick([None, "/admin/users"]))
            uri = self.pick(["/admin/login", "/admin/login?next=%2Fadmin%2Fusers%3Fq%3DM%C3%BCller",
                             "/admin/login?next=/admin/audit"])
            return self.rec("admin", "query", "GET", uri, "", h)
        if roll < 0.97:
            h = self.browser_headers("/admin/account", True)
            h["Cookie"] = self.cookies(session)
            code = f"{self.rng.randint(0, 999999):06d}"
            path, fields = self.pick([("/admin/account/totp/start", [("csrf_token", csrf)]),
                                      ("/admin/account/totp/confirm", [("csrf_token", csrf), ("totp", code)]),
                                      ("/admin/logout", [("csrf_token", csrf)])])
            return self.rec("admin", "form", "POST", path, urllib.parse.urlencode(fields), h)
        h = self.browser_headers("/admin/slack-sign-in", True)
        h["Cookie"] = self.cookies(session)
        fields = [("csrf_token", csrf), ("username", self.pick(["itadmin", "k.fraser", "teaching-office"])),
                  ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
        return self.rec("admin", "form", "POST", "/admin/slack-sign-in", urllib.parse.urlencode(fields), h)

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        boundary = self.form_boundary("gecko" if "Firefox" in ua else "webkit")
        parts = "".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                        for k, v in fields)
        return parts + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        app = self.chance(0.2)
        if roll < 0.32:
            h = self.browser_headers(self.pick([None, "/me/", "https://app.slack.com/"]), mobile_app=app)
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            if uri.endswith(".json"):
                h["Accept"] = "application/json,text/html;q=0.9,*/*;q=0.8"
            return self.rec("me", "cookie", "GET", uri, "", h)
        if roll < 0.62:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            path = "/me/location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            path = "/me/settings"
        else:
            path, fields = self.me_exit_form(csrf)
        h = self.browser_headers("/me/", True, mobile_app=app)
        h["Cookie"] = self.cookies(session)
        if path in ("/me/location", "/me/settings") and self.chance(0.3):
            body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
            return self.rec("me", "multipart", "POST", path, body, h)
        return self.rec("me", "form", "POST", path, urllib.parse.urlencode(fields), h)

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.rec("auth", "header", "GET", uri, "", h)
        if roll < 0.38:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login", "/me/"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.rec("auth", "query", "GET", uri, "", h)
        if roll < 0.6:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers("https://slack.com/"))
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            return self.rec("auth", "query", "GET", "/auth/slack/callback?" + urllib.parse.urlencode(params), "", h)
        link = self.token()
        if roll < 0.72:
            h = self.link_expander()
            return self.rec("auth", "path", "GET", f"/auth/slack/link/{link}", "", h)
        if roll < 0.86:
            h = self.cross_site_arrival(self.browser_headers("https://app.slack.com/", mobile_app=self.chance(0.4)))
            return self.rec("auth", "path", "GET", f"/auth/slack/link/{link}", "", h)
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.rec("auth", "form", "POST", f"/auth/slack/link/{link}",
                           urllib.parse.urlencode([("csrf_token", csrf)]), h)

    # ---- TokenDealer, health and metadata ---------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["gradebook-sync", "timetable-dashboard", "servicedesk-reports", "ci-comp2011",
                            "learn-bridge", "jeeves-worker"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.9.1", "Go-http-client/2.0",
                                      "python-httpx/0.27.2", "httr2/1.0.5 r-curl/5.2.3 libcurl/8.5.0",
                                      "Authlib/1.3.2 (+https://authlib.org/)", "GitLab-Runner 17.4.0"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        self.trace_headers(h)
        roll = self.rng.random()
        if roll < 0.6:
            fields = self.token_grant(client, secret, h, basic)
            return self.rec("oauth", "form", "POST", "/oauth/token", urllib.parse.urlencode(fields), h)
        token = self.jwt(client, "read")
        if roll < 0.75:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.rec("oauth", "form", "POST", "/oauth/introspect", urllib.parse.urlencode(fields), h)
        if roll < 0.85:
            h["Authorization"] = basic
            return self.rec("oauth", "form", "POST", "/oauth/revoke", urllib.parse.urlencode([("token", token)]), h)
        fields = [("access_token", token)] + ([("audience", "jeeves")] if self.chance(0.4) else [])
        return self.rec("verify", "form", "POST", "/verify_token", urllib.parse.urlencode(fields), h)

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Uptime-Kuma/1.23.13", "curl/8.9.1",
                            "check_http/v2.4.9 (monitoring-plugins 2.4.9)", "Zabbix"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            return self.rec("health", "header", self.pick(["GET", "GET", "HEAD"]),
                               self.pick(["/healthz", "/readyz", "/healthz"]), "", h)
        if roll < 0.72:
            h = {"User-Agent": self.pick(["python-jose/3.3.0", "PyJWT/2.9.0", "Go-http-client/2.0",
                                          "lua-resty-http/0.17.2 (Lua) ngx_lua/10026", "jwks-rsa/3.1.0"]),
                 "Accept": "application/json"}
            if self.chance(0.4):
                h["If-None-Match"] = f'W/"{self.hexs(20)}"'
            return self.rec("metadata", "header", self.pick(["GET", "GET", "GET", "HEAD"]),
                               "/.well-known/jwks.json", "", h)
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "Authlib/1.3.2 (+https://authlib.org/)",
                                      "curl/8.9.1", "oauth2c/1.16.0"]), "Accept": "application/json"}
        return self.rec("metadata", "header", "GET", "/.well-known/oauth-authorization-server", "", h)


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 300), ("slack_thread", 90), ("slack_mention", 115), ("slack_dm", 105), ("slack_edit", 25),
    ("slack_delete", 8), ("slack_bot_post", 30), ("slack_file", 20), ("slack_unfurl", 20), ("slack_reaction", 35),
    ("slack_home", 25), ("slack_join", 8), ("slash_command", 255), ("button_click", 100), ("modal_submit", 20),
    ("api", 235), ("admin", 120), ("me", 80), ("sign_in", 45), ("tokendealer", 55), ("health", 40),
]


def attacks() -> Iterator[dict[str, Any]]:
    """No attacks: this set is benign only."""
    return iter(())


def benign() -> Iterator[dict[str, Any]]:
    """The fortnight, kinds interleaved in a seeded order, after Slack's one URL verification."""
    term = Term()
    todo = [name for name, count in PLAN for _ in range(count)]
    term.rng.shuffle(todo)
    yield term.url_verification()
    for name in todo:
        yield getattr(term, name)()


if __name__ == "__main__":
    for rec in benign():
        print(json.dumps(rec, ensure_ascii=False))
