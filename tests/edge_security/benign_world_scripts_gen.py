"""Benign traffic of a workspace whose people write mostly in non-Latin scripts (thirteenth benign author).

What it is: about a thousand realistic requests to the gateway's real routes, written by people who chat,
search and fill in forms in Japanese (kana with the long-vowel mark, kanji), Chinese (simplified and
traditional, full-width punctuation), Korean, Russian and Ukrainian, Arabic and Persian (right-to-left, with
digits and Latin brand names mixed in), Hebrew, Hindi and Bengali, Thai, Greek, Georgian, Armenian and
Vietnamese: work chat, weather questions about their own cities (named in their own scripts), addresses,
display names, bios, admin notes, search queries, emoji, full-width brackets and quotes, ellipses, and the
odd log line or snippet an engineer pastes. Routes and field names: Slack events (DMs, @mentions, edits,
App Home opens), `/jeeves` slash commands, button clicks, `/me/` (page, location, settings), the admin panel's
user search and flag edits, and the data API (GET /api/users with q=, GET and PATCH /api/users/<id>).

How it was written: independently, by a helper that read only the route list, app/, README.md and the shared
request helpers (`_query`, `_get`, `_form`, `_json`, `slack_message`), never the WAF's rules, the CRS files, the
other generators' text lists or the shared corpus; the texts were written before any measurement and were not
tuned against the WAF. JSON bodies are sent either as raw UTF-8 or \\uXXXX-escaped, as real clients do; forms
and query strings percent-encode UTF-8. Deterministic: one seeded random.Random, no clock.
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import _get, _query
from .records import no_attacks

UA_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Mobile Safari/537.36",
]
API_UAS = ["python-requests/2.32.3", "curl/8.5.0", "axios/1.7.2", "okhttp/4.12.0", "Go-http-client/2.0"]
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
EPOCH = 1721000000

# Per language: accept-language, timezone, cities in their own script, people, addresses.
LANGS: dict[str, dict[str, Any]] = {
    "ja": {
        "al": "ja-JP,ja;q=0.9,en;q=0.6",
        "tz": ["Asia/Tokyo"],
        "cities": ["東京", "大阪", "札幌", "福岡", "名古屋", "京都", "那覇", "仙台", "横浜", "神戸"],
        "names": [
            "佐藤 花子",
            "鈴木 一郎",
            "たなか ゆうこ",
            "山本 健太",
            "ミヤザキ・ハルカ",
            "高橋 優斗",
            "伊藤 さくら",
        ],
        "addr": [
            "東京都渋谷区神南1-2-3",
            "大阪市北区梅田３丁目１−１",
            "札幌市中央区北1条西2丁目",
            "福岡市博多区博多駅中央街1-1",
            "京都市東山区祇園町南側５７０−１２０",
        ],
    },
    "zh-Hans": {
        "al": "zh-CN,zh;q=0.9,en;q=0.5",
        "tz": ["Asia/Shanghai"],
        "cities": ["北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "西安", "南京", "重庆"],
        "names": ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊"],
        "addr": [
            "北京市朝阳区建国路88号",
            "上海市浦东新区世纪大道100号",
            "广州市天河区珠江新城华夏路10号",
            "深圳市南山区科技园南区",
            "杭州市西湖区文三路477号",
        ],
    },
    "zh-Hant": {
        "al": "zh-TW,zh;q=0.9,en;q=0.5",
        "tz": ["Asia/Taipei", "Asia/Hong_Kong"],
        "cities": ["臺北", "高雄", "臺中", "新竹", "香港", "澳門", "臺南", "花蓮"],
        "names": ["林志明", "陳怡君", "黃建宏", "張雅婷", "吳家豪", "李美玲"],
        "addr": [
            "臺北市信義區信義路五段7號",
            "新竹市東區光復路二段101號",
            "香港九龍尖沙咀彌敦道132號",
            "高雄市前鎮區成功二路39號",
        ],
    },
    "ko": {
        "al": "ko-KR,ko;q=0.9,en-US;q=0.6",
        "tz": ["Asia/Seoul"],
        "cities": ["서울", "부산", "인천", "대구", "대전", "광주", "제주", "수원", "울산"],
        "names": ["김민준", "이서연", "박지훈", "최유진", "정하늘", "강다은"],
        "addr": [
            "서울특별시 강남구 테헤란로 152",
            "부산광역시 해운대구 우동 1408",
            "제주특별자치도 제주시 첨단로 242",
            "경기도 성남시 분당구 판교역로 235",
        ],
    },
    "ru": {
        "al": "ru-RU,ru;q=0.9,en;q=0.5",
        "tz": ["Europe/Moscow", "Asia/Novosibirsk", "Asia/Yekaterinburg"],
        "cities": [
            "Москва",
            "Санкт-Петербург",
            "Новосибирск",
            "Екатеринбург",
            "Казань",
            "Нижний Новгород",
            "Калининград",
            "Владивосток",
            "Сочи",
        ],
        "names": [
            "Анна Смирнова",
            "Дмитрий Иванов",
            "Екатерина Кузнецова",
            "Алексей Попов",
            "Мария Соколова",
            "Сергей Волков",
        ],
        "addr": [
            "г. Москва, ул. Тверская, д. 7, кв. 12",
            "Санкт-Петербург, Невский пр., 28",
            "Казань, ул. Баумана, 44/8",
            "Новосибирск, Красный проспект, д. 1",
        ],
    },
    "uk": {
        "al": "uk-UA,uk;q=0.9,en;q=0.6",
        "tz": ["Europe/Kyiv"],
        "cities": ["Київ", "Львів", "Харків", "Одеса", "Дніпро", "Запоріжжя", "Івано-Франківськ", "Чернігів"],
        "names": ["Олена Коваленко", "Андрій Шевченко", "Юлія Бондаренко", "Тарас Мельник", "Ірина Ткаченко"],
        "addr": [
            "м. Київ, вул. Хрещатик, 22",
            "Львів, площа Ринок, 1",
            "Одеса, вул. Дерибасівська, 13",
            "Харків, пр. Науки, 14, кв. 5",
        ],
    },
    "ar": {
        "al": "ar-EG,ar;q=0.9,en;q=0.7",
        "tz": ["Africa/Cairo", "Asia/Riyadh", "Asia/Dubai"],
        "cities": ["القاهرة", "الإسكندرية", "الرياض", "جدة", "دبي", "عمّان", "الدار البيضاء", "بيروت", "الدوحة"],
        "names": ["محمد أحمد", "فاطمة الزهراء", "عمر خالد", "ليلى حسن", "يوسف إبراهيم", "نور الهدى"],
        "addr": [
            "شارع التحرير ١٥، الدقي، الجيزة",
            "برج خليفة، وسط مدينة دبي",
            "طريق الملك فهد، حي العليا، الرياض",
            "شارع الحمراء، بيروت، لبنان",
        ],
    },
    "fa": {
        "al": "fa-IR,fa;q=0.9,en;q=0.6",
        "tz": ["Asia/Tehran"],
        "cities": ["تهران", "اصفهان", "شیراز", "مشهد", "تبریز", "کرج", "رشت", "یزد"],
        "names": ["علی رضایی", "زهرا محمدی", "مریم حسینی", "حسین کریمی", "سارا احمدی"],
        "addr": ["تهران، خیابان ولیعصر، پلاک ۱۲۳۴", "اصفهان، خیابان چهارباغ عباسی", "شیراز، بلوار زند، کوچه ۱۲"],
    },
    "he": {
        "al": "he-IL,he;q=0.9,en;q=0.8",
        "tz": ["Asia/Jerusalem"],
        "cities": ["תל אביב", "ירושלים", "חיפה", "באר שבע", "אילת", "נתניה", "הרצליה"],
        "names": ["נועה כהן", "יונתן לוי", "מיכל אברהם", "דניאל פרץ", "תמר ביטון"],
        "addr": ["רחוב רוטשילד 22, תל אביב-יפו", "רחוב יפו 97, ירושלים", "שדרות בן גוריון 5, חיפה"],
    },
    "hi": {
        "al": "hi-IN,hi;q=0.9,en-IN;q=0.8",
        "tz": ["Asia/Kolkata"],
        "cities": ["दिल्ली", "मुंबई", "बेंगलुरु", "जयपुर", "लखनऊ", "पुणे", "भोपाल", "वाराणसी"],
        "names": ["राहुल शर्मा", "प्रिया वर्मा", "अमित कुमार", "नेहा सिंह", "विकास गुप्ता"],
        "addr": ["कनॉट प्लेस, नई दिल्ली 110001", "बांद्रा पश्चिम, मुंबई 400050", "एम.जी. रोड, बेंगलुरु 560001"],
    },
    "bn": {
        "al": "bn-BD,bn;q=0.9,en;q=0.7",
        "tz": ["Asia/Dhaka", "Asia/Kolkata"],
        "cities": ["ঢাকা", "চট্টগ্রাম", "কলকাতা", "সিলেট", "খুলনা", "রাজশাহী"],
        "names": ["সুমন রহমান", "তানিয়া আক্তার", "রাকিব হাসান", "অনন্যা দাস", "ফারহানা ইসলাম"],
        "addr": ["বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা ১২০৫", "পার্ক স্ট্রিট, কলকাতা ৭০০০১৬", "আগ্রাবাদ, চট্টগ্রাম"],
    },
    "th": {
        "al": "th-TH,th;q=0.9,en;q=0.6",
        "tz": ["Asia/Bangkok"],
        "cities": ["กรุงเทพมหานคร", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น", "หาดใหญ่", "พัทยา"],
        "names": ["สมชาย ใจดี", "สุดารัตน์ แก้วมณี", "ณัฐพล ศรีสุข", "พิมพ์ชนก วงศ์ทอง"],
        "addr": ["99 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110", "ถนนนิมมานเหมินท์ ซอย 9 เชียงใหม่"],
    },
    "el": {
        "al": "el-GR,el;q=0.9,en;q=0.7",
        "tz": ["Europe/Athens"],
        "cities": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Ρόδος"],
        "names": ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Κώστας Γεωργίου", "Ελένη Δημητρίου"],
        "addr": ["Οδός Ερμού 15, Αθήνα 105 63", "Λεωφόρος Νίκης 3, Θεσσαλονίκη", "Πλατεία Ελευθερίας 1, Ηράκλειο"],
    },
    "ka": {
        "al": "ka-GE,ka;q=0.9,en;q=0.7",
        "tz": ["Asia/Tbilisi"],
        "cities": ["თბილისი", "ბათუმი", "ქუთაისი", "რუსთავი", "თელავი"],
        "names": ["ნინო ბერიძე", "გიორგი კაპანაძე", "თამარ გელაშვილი", "ლაშა ჯაფარიძე"],
        "addr": ["რუსთაველის გამზირი 12, თბილისი", "ჭავჭავაძის ქუჩა 25, ბათუმი"],
    },
    "hy": {
        "al": "hy-AM,hy;q=0.9,en;q=0.7",
        "tz": ["Asia/Yerevan"],
        "cities": ["Երևան", "Գյումրի", "Վանաձոր", "Դիլիջան", "Սևան"],
        "names": ["Անի Պետրոսյան", "Արամ Հովհաննիսյան", "Լուսինե Սարգսյան", "Դավիթ Գրիգորյան"],
        "addr": ["Աբովյան փողոց 8, Երևան", "Հյուսիսային պողոտա 1, Երևան 0001"],
    },
    "vi": {
        "al": "vi-VN,vi;q=0.9,en;q=0.6",
        "tz": ["Asia/Ho_Chi_Minh"],
        "cities": ["Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Huế", "Hải Phòng", "Cần Thơ", "Đà Lạt"],
        "names": ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Nam", "Phạm Thu Hà", "Đặng Quốc Huy"],
        "addr": [
            "Số 12 Phố Tràng Tiền, Hoàn Kiếm, Hà Nội",
            "72 Lê Thánh Tôn, Bến Nghé, Quận 1, TP.HCM",
            "Đường Bạch Đằng, Hải Châu, Đà Nẵng",
        ],
    },
}

EMOJI = [
    "",
    "",
    "",
    " 🙏",
    " 😅",
    " ☔",
    " 🌧️",
    " ☀️",
    " 👍",
    " 🎉",
    " 🙇‍♀️",
    " 😂",
    " ❄️",
    " 🔥",
    " 🤔",
    " ✅",
    " 💪",
    " 🌸",
]

# Chat in each language ({city} is filled in); weather questions, work chat, pasted logs.
CHAT: dict[str, list[str]] = {
    "ja": [
        "{city}の明日の天気は？",
        "{city}って今日雨降るかな…傘いる？",
        "おはようございます！今日もよろしくお願いします",
        "すみません、レビューお願いできますか？「決済フロー」のPRです",
        "明日のミーティング、15時からに変更になりました。",
        "デプロイ完了しました〜 ステージングで確認お願いします",
        "ちょっと遅れます、電車が止まってて…",
        "{city}の週末の天気を教えて",
        "ログ貼ります：\n```\n2024-07-15 09:12:03 ERROR [worker-3] タイムアウトしました (30000ms)\n```",
        "サーバーのメモリ使用率が９０％超えてます、見てもらえますか",
        "了解です！ありがとうございます〜",
        "コーヒーブレイクしよう☕",
        "来週の金曜日は祝日なのでリリースは木曜にしましょう",
        "weather {city}",
        "テストが落ちてる → `pytest -k test_login` で再現できます",
        "ランチどこ行く？ラーメン🍜かカレー🍛",
    ],
    "zh-Hans": [
        "{city}明天天气怎么样？",
        "今天{city}会下雨吗？需要带伞吗",
        "大家好！下午三点开会，别忘了。",
        "这个需求我们下周再讨论吧……",
        "帮我看一下这个报错：\n```\nTraceback (most recent call last):\n  File "
        "\"app.py\", line 42, in <module>\nKeyError: 'user_id'\n```",
        "收到，谢谢！",
        "{city}这周末的天气预报",
        "发布已完成，请在预发环境验证。",
        "数据库连接池满了，QPS 突然涨到 3000+",
        "午饭吃什么？火锅还是饺子？",
        "“灰度发布”明天上午十点开始（预计两小时）",
        "weather {city}",
        "我在{city}出差，气温多少度？",
        "请把周报发到群里，截止时间：周五18:00",
    ],
    "zh-Hant": [
        "{city}明天會下雨嗎？",
        "請問{city}這週末天氣如何？",
        "大家早安！今天的站立會議改到十點半。",
        "這個 bug 我來處理，預計下午修好。",
        "「上線檢查清單」已更新，請參考。",
        "颱風要來了，{city}的同事注意安全！",
        "謝謝！辛苦了～",
        "nginx 回傳 502，看起來是上游逾時……",
        "weather {city}",
        "{city}現在幾度？好熱啊🥵",
    ],
    "ko": [
        "{city} 내일 날씨 어때요?",
        "오늘 {city}에 비 와요? 우산 챙겨야 하나",
        "안녕하세요! 오늘 회의는 3시에 시작합니다.",
        "PR 리뷰 부탁드려요 🙏",
        "배포 완료했습니다. 스테이징에서 확인해 주세요.",
        "점심 뭐 먹을까요? 김치찌개 어때요",
        "에러 로그 공유합니다:\n```\n[ERROR] 2024-07-15T10:22:11Z connection refused (port 5432)\n```",
        "감사합니다~ 수고하셨어요",
        "{city} 주말 날씨 알려줘",
        "weather {city}",
        "다음 주 월요일 휴가입니다…",
        "서버 CPU 사용률이 95%까지 올라갔어요 ㅠㅠ",
    ],
    "ru": [
        "Какая погода завтра в {city_loc}?",
        "В {city_loc} сегодня будет дождь?",
        "Всем привет! Созвон переносим на 15:00.",
        "Посмотрите, пожалуйста, мой PR — там правка миграции.",
        "Деплой прошёл успешно, проверьте на стейдже.",
        'Упал CI, вот лог:\n```\nERROR: relation "users" does not exist\n'
        "LINE 1: SELECT id FROM users WHERE id = $1\n```",
        "Спасибо, коллеги! Хорошего вечера 🙂",
        "Опоздаю минут на 10, пробки…",
        "погода {city}",
        "weather {city}",
        "Кто-нибудь знает, почему «кэш» не сбрасывается после релиза?",
        "Завтра выходной, не забудьте закрыть задачи.",
    ],
    "uk": [
        "Яка погода завтра у {city}?",
        "Чи буде дощ у {city} сьогодні?",
        "Привіт усім! Зустріч о 14:00, не забудьте.",
        "Подивіться, будь ласка, мій PR 🙏",
        "Реліз викотили, все працює.",
        "Дякую! Гарного вечора",
        "Світло вимкнули, працюю з кав'ярні…",
        "weather {city}",
        "Хто чергує на вихідних? Потрібна заміна.",
        "Ось помилка з логів:\n```\nTimeoutError: запит перевищив 30 с\n```",
    ],
    "ar": [
        "كيف الطقس في {city} غداً؟",
        "هل ستمطر في {city} اليوم؟",
        "صباح الخير يا فريق! الاجتماع الساعة 3 مساءً",
        "ممكن مراجعة الـ PR الخاص بي؟ شكراً 🙏",
        "تم النشر على AWS بنجاح ✅",
        "عندي مشكلة في Docker، الحاوية لا تبدأ",
        "درجة الحرارة في {city} وصلت 45 درجة 🔥",
        "weather {city}",
        "سأتأخر 10 دقائق بسبب الزحمة",
        "رمضان كريم! مواعيد العمل من 10 إلى 3",
        "الخطأ في السجل: ‎HTTP 504 Gateway Timeout‎ من nginx",
    ],
    "fa": [
        "هوای {city} فردا چطوره؟",
        "امروز تو {city} بارون میاد؟",
        "سلام به همه! جلسه ساعت ۱۴:۳۰ برگزار میشه.",
        "لطفاً PR من رو بررسی کنید 🙏",
        "دیپلوی روی Kubernetes انجام شد.",
        "ممنون، خسته نباشید!",
        "weather {city}",
        "نسخه ۲.۳.۱ منتشر شد، تغییرات در CHANGELOG هست.",
        "اینترنت قطع و وصل میشه… ببخشید",
    ],
    "he": [
        "מה מזג האוויר מחר ב{city}?",
        "יהיה גשם היום ב{city}?",
        "בוקר טוב לכולם! הפגישה נדחתה ל-14:00",
        "אפשר review ל-PR שלי? תודה 🙏",
        "הדיפלוי עבר בהצלחה ✅",
        "תודה רבה! שבוע טוב",
        "weather {city}",
        "יש שגיאה ב-Redis: ‎connection reset by peer‎",
        "אני עובד מהבית היום",
    ],
    "hi": [
        "कल {city} में मौसम कैसा रहेगा?",
        "क्या आज {city} में बारिश होगी?",
        "नमस्ते टीम! मीटिंग 3 बजे है।",
        "कृपया मेरा PR review कर दीजिए 🙏",
        "डिप्लॉय हो गया है, staging पर चेक करें।",
        "धन्यवाद! शुभ संध्या",
        "weather {city}",
        "दिवाली की छुट्टी 1 नवंबर को है 🪔",
        "सर्वर डाउन है… लॉग देख रहा हूँ",
    ],
    "bn": [
        "আগামীকাল {city}-এ আবহাওয়া কেমন হবে?",
        "আজ {city}-তে বৃষ্টি হবে?",
        "শুভ সকাল! মিটিং বিকেল ৪টায়।",
        "আমার PR টা একটু দেখবেন? 🙏",
        "ডিপ্লয় সম্পন্ন হয়েছে।",
        "ধন্যবাদ ভাই!",
        "weather {city}",
        "ঈদের ছুটি কবে থেকে?",
    ],
    "th": [
        "พรุ่งนี้{city}อากาศเป็นยังไงบ้าง",
        "วันนี้{city}ฝนจะตกไหมคะ",
        "สวัสดีครับทุกคน ประชุมบ่ายสามโมงนะครับ",
        "ช่วยรีวิว PR ให้หน่อยได้ไหมครับ 🙏",
        "ดีพลอยเรียบร้อยแล้วค่ะ",
        "ขอบคุณมากครับ",
        "weather {city}",
        "เซิร์ฟเวอร์ช้ามาก… กำลังตรวจสอบอยู่ 555",
    ],
    "el": [
        "Τι καιρό θα κάνει αύριο στην {city};",
        "Θα βρέξει σήμερα στην {city};",
        "Καλημέρα σε όλους! Η σύσκεψη στις 3.",
        "Μπορεί κάποιος να κάνει review στο PR μου;",
        "Το deploy ολοκληρώθηκε ✅",
        "Ευχαριστώ πολύ!",
        "weather {city}",
        "Καύσωνας στην {city}… 42 βαθμούς 🔥",
    ],
    "ka": [
        "როგორი ამინდი იქნება ხვალ {city}ში?",
        "დღეს {city}ში წვიმა იქნება?",
        "დილა მშვიდობისა! შეხვედრა 3 საათზეა.",
        "გთხოვთ, ჩემი PR გადახედოთ 🙏",
        "დიდი მადლობა!",
        "weather {city}",
    ],
    "hy": [
        "Ինչպիսի՞ եղանակ կլինի վաղը {city}ում",
        "Այսօր {city}ում անձրև կլինի՞",
        "Բարի լույս բոլորին։ Հանդիպումը ժամը 3-ին է։",
        "Խնդրում եմ նայեք իմ PR-ը 🙏",
        "Շնորհակալություն։",
        "weather {city}",
    ],
    "vi": [
        "Thời tiết {city} ngày mai thế nào?",
        "Hôm nay {city} có mưa không nhỉ?",
        "Chào cả nhà! Họp lúc 3 giờ chiều nhé.",
        "Anh ơi review giúp em cái PR với 🙏",
        "Đã deploy xong, mọi người kiểm tra trên staging nhé.",
        "Cảm ơn mọi người nhiều!",
        "weather {city}",
        "Log lỗi đây ạ:\n```\npanic: runtime error: index out of range [3] with length 3\n```",
        "Trưa nay ăn phở hay bún chả?",
    ],
}

# Russian prepositional forms for "в {city}".
RU_LOC = {
    "Москва": "Москве",
    "Санкт-Петербург": "Санкт-Петербурге",
    "Новосибирск": "Новосибирске",
    "Екатеринбург": "Екатеринбурге",
    "Казань": "Казани",
    "Нижний Новгород": "Нижнем Новгороде",
    "Калининград": "Калининграде",
    "Владивосток": "Владивостоке",
    "Сочи": "Сочи",
}

BIOS: dict[str, list[str]] = {
    "ja": [
        "バックエンドエンジニア／Go・Rust好き。週末はキャンプ⛺",
        "デザイナーです。猫と珈琲が好き🐈",
        "SRE・オンコール担当（月〜水）",
    ],
    "zh-Hans": ["前端工程师，喜欢 React 和咖啡☕", "产品经理｜北京｜“用户第一”", "运维开发，负责 K8s 集群"],
    "zh-Hant": ["資深後端工程師，熱愛登山🏔️", "設計師｜臺北｜喜歡貓"],
    "ko": ["백엔드 개발자 · 커피 없으면 못 살아요 ☕", "PM / 서울 / 주말엔 등산", "데이터 엔지니어 (Spark, Airflow)"],
    "ru": [
        "Бэкенд-разработчик, люблю Python и горы 🏔️",
        "Тимлид команды платформы. Пишите в личку.",
        "QA-инженер из Казани",
    ],
    "uk": ["Фронтенд-розробниця, Львів ☕", "DevOps, чергую по вівторках"],
    "ar": [
        "مهندس برمجيات في فريق Backend | أحب Python و Go",
        "مصممة UX من القاهرة 🎨",
        "مدير منتج، أعمل عن بعد من دبي",
    ],
    "fa": ["برنامه‌نویس بک‌اند، عاشق کوه‌نوردی", "طراح محصول در تهران"],
    "he": ["מפתח Full-stack, אוהב קפה וחתולים", "מנהלת מוצר, תל אביב"],
    "hi": ["सॉफ्टवेयर इंजीनियर | बेंगलुरु | चाय प्रेमी ☕", "डेटा साइंटिस्ट, Python और ML"],
    "bn": ["সফটওয়্যার ইঞ্জিনিয়ার, ঢাকা", "ডিজাইনার ও ফটোগ্রাফার 📷"],
    "th": ["นักพัฒนาแบ็กเอนด์ ชอบกาแฟ ☕", "ดีไซเนอร์ อยู่เชียงใหม่"],
    "el": ["Μηχανικός λογισμικού στην Αθήνα", "Σχεδιάστρια UX, λατρεύω τη θάλασσα 🌊"],
    "ka": ["პროგრამისტი თბილისიდან"],
    "hy": ["Ծրագրավորող Երևանից"],
    "vi": ["Lập trình viên backend, thích cà phê sữa đá ☕", "Thiết kế UI/UX tại Đà Nẵng"],
}

NOTES = [
    "{name}：退職済み（2024年6月）",
    "{name} 已离职，停用账号",
    "{name} — в декрете до марта",
    "{name}: 육아휴직 중",
    "تم نقل {name} إلى فريق المبيعات",
    "{name} במילואים עד סוף החודש",
    "{name} ने कंपनी छोड़ दी है",
    "{name} — відпустка до 20.08",
    "Tài khoản của {name} tạm khóa",
    "{name} ลาคลอด",
    "{name}: 請求書の確認待ち",
]

SEARCH_EXTRA = [
    "田中",
    "さとう",
    "王",
    "김",
    "Иванов",
    "Коваленко",
    "محمد",
    "رضایی",
    "כהן",
    "शर्मा",
    "রহমান",
    "สมชาย",
    "Παπα",
    "ბერიძე",
    "Պետրոսյան",
    "Nguyễn",
    "@example.co.jp",
    "yamada@",
    "t.suzuki",
    "наталья",
    "李",
    "陳",
    "東京",
    "서울",
    "Đà Nẵng",
]

COMMANDS = [
    "weather {city}",
    "weather {city}",
    "remember location {addr}",
    "remember location {city}",
    "help",
    "login",
    "forget me",
    "weather {city} ",
    "weather  {city}",
]


class _Gen:
    def __init__(self, seed: int = 13013) -> None:
        self.rng = random.Random(seed)
        self.counts: dict[str, int] = {}
        self.seen_ts = 0

    def next_id(self, kind: str, slack: bool) -> str:
        n = self.counts.get(kind, 0) + 1
        self.counts[kind] = n
        return f"worldscripts-benign-{'slack-' if slack else ''}{kind}-{n:04d}"

    def lang(self) -> str:
        return self.rng.choice(list(LANGS))

    def city(self, lang: str) -> str:
        return str(self.rng.choice(LANGS[lang]["cities"]))

    def chat(self, lang: str) -> str:
        city = self.city(lang)
        text = self.rng.choice(CHAT[lang]).replace("{city_loc}", RU_LOC.get(city, city)).replace("{city}", city)
        return text + self.rng.choice(EMOJI)

    def uid(self) -> str:
        return "U0" + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))

    def team(self) -> str:
        return self.rng.choice(["T061EG9R6", "T02JP4XW8KL", "T0KRSEOUL1", "T09MENA55Q"])

    def channel(self, dm: bool = False) -> str:
        return ("D" if dm else "C") + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))

    def ts(self) -> str:
        self.seen_ts += self.rng.randint(1, 900)
        return f"{EPOCH + self.seen_ts}.{self.rng.randint(0, 999999):06d}"

    def dumps(self, doc: Any) -> str:
        return json.dumps(doc, ensure_ascii=self.rng.random() < 0.35, separators=self.rng.choice([(",", ":"), None]))

    def hook(self, team: str, kind: str) -> str:
        tail = "".join(
            self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(24)
        )
        return f"https://hooks.slack.com/{kind}/{team}/{self.rng.randint(10**12, 10**13 - 1)}/{tail}"

    # --- Slack -------------------------------------------------------------------------------------------
    def slack_event(self, event: dict[str, Any], team: str) -> dict[str, Any]:
        body = {
            "token": "verification-token",
            "team_id": team,
            "api_app_id": "A0PNCHHK2",
            "event": event,
            "type": "event_callback",
            "event_id": f"Ev0{self.rng.randint(10**9, 10**10 - 1)}",
            "event_time": EPOCH + self.seen_ts,
            "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": "U0BOTJEEVES", "is_bot": True}],
            "is_ext_shared_channel": False,
        }
        return {
            "method": "POST",
            "uri": "/slack/events",
            "body": self.dumps(body),
            "headers": {
                "User-Agent": SLACK_UA,
                "Content-Type": "application/json",
                "X-Slack-Request-Timestamp": str(EPOCH),
                "X-Slack-Signature": "v0=" + "0" * 64,
            },
        }

    def message(self) -> tuple[str, dict[str, Any]]:
        lang, team = self.lang(), self.team()
        dm = self.rng.random() < 0.5
        ts = self.ts()
        ev: dict[str, Any] = {
            "type": "message",
            "user": self.uid(),
            "text": self.chat(lang),
            "ts": ts,
            "team": team,
            "channel": self.channel(dm),
            "event_ts": ts,
            "channel_type": "im" if dm else "channel",
        }
        if self.rng.random() < 0.4:
            g = self.rng.getrandbits
            ev["client_msg_id"] = f"{g(32):08x}-{g(16):04x}-4{g(12):03x}-a{g(12):03x}-{g(48):012x}"
        if self.rng.random() < 0.2:
            ev["thread_ts"] = f"{EPOCH + self.seen_ts - 300}.000200"
        return lang, self.slack_event(ev, team)

    def mention(self) -> tuple[str, dict[str, Any]]:
        lang, team = self.lang(), self.team()
        ts = self.ts()
        text = "<@U0BOTJEEVES> " + self.chat(lang)
        ev = {
            "type": "app_mention",
            "user": self.uid(),
            "text": text,
            "ts": ts,
            "team": team,
            "channel": self.channel(),
            "event_ts": ts,
        }
        return lang, self.slack_event(ev, team)

    def edit(self) -> tuple[str, dict[str, Any]]:
        lang, team = self.lang(), self.team()
        ts, user, ch = self.ts(), self.uid(), self.channel(self.rng.random() < 0.5)
        old, new = self.chat(lang), self.chat(lang)
        ev = {
            "type": "message",
            "subtype": "message_changed",
            "hidden": True,
            "channel": ch,
            "ts": ts,
            "event_ts": ts,
            "message": {"type": "message", "user": user, "text": new, "ts": ts, "edited": {"user": user, "ts": ts}},
            "previous_message": {"type": "message", "user": user, "text": old, "ts": ts},
        }
        return lang, self.slack_event(ev, team)

    def home(self) -> tuple[str, dict[str, Any]]:
        team = self.team()
        ts = self.ts()
        ev = {
            "type": "app_home_opened",
            "user": self.uid(),
            "channel": self.channel(True),
            "tab": "home",
            "event_ts": ts,
        }
        return "app_home", self.slack_event(ev, team)

    def command(self) -> tuple[str, dict[str, Any]]:
        lang, team = self.lang(), self.team()
        city = self.city(lang)
        addr = self.rng.choice(LANGS[lang]["addr"])
        text = self.rng.choice(COMMANDS).replace("{city}", city).replace("{addr}", addr)
        if self.rng.random() < 0.15:
            text = self.chat(lang)[:300]
        fields = [
            ("token", "gIkuvaNzQIHg97ATvDxqgjtO"),
            ("team_id", team),
            ("team_domain", "worldteam"),
            ("channel_id", self.channel()),
            ("channel_name", self.rng.choice(["general", "random", "開発", "разработка", "directmessage"])),
            ("user_id", self.uid()),
            ("user_name", self.rng.choice(["hanako", "minjun", "anna.s", "omar", "noa", "rahul", "an.nguyen"])),
            ("command", "/jeeves"),
            ("text", text),
            ("api_app_id", "A0PNCHHK2"),
            ("is_enterprise_install", "false"),
            ("response_url", self.hook(team, "commands")),
            (
                "trigger_id",
                f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**11, 10**12)}."
                f"{self.rng.getrandbits(128):032x}",
            ),
        ]
        rec = {
            "method": "POST",
            "uri": "/slack/commands",
            "body": urllib.parse.urlencode(fields),
            "headers": {
                "User-Agent": SLACK_UA,
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Slack-Request-Timestamp": str(EPOCH),
                "X-Slack-Signature": "v0=" + "0" * 64,
            },
        }
        return lang, rec

    def click(self) -> tuple[str, dict[str, Any]]:
        lang, team = self.lang(), self.team()
        action = self.rng.choice(
            ["set_location", "set_location", "set_location", "forget_me_confirm", "forget_me_cancel"]
        )
        value = self.city(lang) if action == "set_location" else ("forget" if action == "forget_me_confirm" else "")
        if action == "set_location" and self.rng.random() < 0.3:
            value = self.rng.choice(LANGS[lang]["addr"])
        user = self.uid()
        label = {
            "set_location": "Set as my location",
            "forget_me_confirm": "Yes, forget me",
            "forget_me_cancel": "Cancel",
        }[action]
        ts = self.ts()
        payload = {
            "type": "block_actions",
            "user": {"id": user, "username": "user", "name": "user", "team_id": team},
            "api_app_id": "A0PNCHHK2",
            "token": "gIkuvaNzQIHg97ATvDxqgjtO",
            "container": {"type": "message", "message_ts": ts, "channel_id": "D0123456789", "is_ephemeral": True},
            "trigger_id": f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**11, 10**12)}.abc",
            "team": {"id": team, "domain": "worldteam"},
            "channel": {"id": "D0123456789", "name": "directmessage"},
            "response_url": self.hook(team, "actions"),
            "actions": [
                {
                    "action_id": action,
                    "block_id": self.rng.choice(["weather", "forget", "b1"]),
                    "text": {"type": "plain_text", "text": label, "emoji": True},
                    "value": value,
                    "type": "button",
                    "action_ts": ts,
                }
            ],
        }
        if action == "set_location":
            payload["message"] = {"type": "message", "text": f"{value}: 23°C, 小雨 / облачно / ☔", "ts": ts}
        body = urllib.parse.urlencode([("payload", self.dumps(payload))])
        rec = {
            "method": "POST",
            "uri": "/slack/interactions",
            "body": body,
            "headers": {
                "User-Agent": SLACK_UA,
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Slack-Request-Timestamp": str(EPOCH),
                "X-Slack-Signature": "v0=" + "0" * 64,
            },
        }
        return lang, rec

    # --- browser pages ----------------------------------------------------------------------------------
    def browser(
        self, method: str, uri: str, lang: str, fields: list[tuple[str, str]] | None = None, referer: str = ""
    ) -> dict[str, Any]:
        headers = {
            "User-Agent": self.rng.choice(UA_DESKTOP),
            "Accept-Language": LANGS[lang]["al"],
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Cookie": f"jeeves_me=s.{self.rng.getrandbits(120):030x}",
        }
        if referer:
            headers["Referer"] = referer
        body = ""
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = "https://jeeves.example.com"
        return {"method": method, "uri": uri, "body": body, "headers": headers}

    def csrf(self) -> str:
        return "".join(
            self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") for _ in range(43)
        )

    def me_page(self) -> tuple[str, dict[str, Any]]:
        lang = self.lang()
        uri = self.rng.choice(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
        return lang, self.browser("GET", uri, lang)

    def me_location(self) -> tuple[str, dict[str, Any]]:
        lang = self.lang()
        place = self.city(lang) if self.rng.random() < 0.55 else self.rng.choice(LANGS[lang]["addr"])
        if self.rng.random() < 0.1:
            place = " " + place + " "
        return lang, self.browser(
            "POST",
            "/me/location",
            lang,
            [("csrf_token", self.csrf()), ("place", place)],
            "https://jeeves.example.com/me/",
        )

    def me_settings(self) -> tuple[str, dict[str, Any]]:
        lang = self.lang()
        fields = [
            ("csrf_token", self.csrf()),
            ("units", self.rng.choice(["metric", "metric", "imperial"])),
            ("alert_time", f"{self.rng.randint(5, 9):02d}:{self.rng.choice(['00', '15', '30', '45'])}"),
            ("timezone", self.rng.choice(LANGS[lang]["tz"])),
        ]
        if self.rng.random() < 0.6:
            fields.append(("alerts", "on"))
        return lang, self.browser("POST", "/me/settings", lang, fields, "https://jeeves.example.com/me/")

    def query_text(self, lang: str) -> str:
        r = self.rng.random()
        if r < 0.45:
            name = str(self.rng.choice(LANGS[lang]["names"]))
            return name.split(" ")[0] if self.rng.random() < 0.4 else name
        if r < 0.7:
            return self.rng.choice(SEARCH_EXTRA)
        if r < 0.85:
            return self.city(lang)
        return self.rng.choice(NOTES).replace("{name}", str(self.rng.choice(LANGS[lang]["names"])))[:60]

    def admin_search(self) -> tuple[str, dict[str, Any]]:
        lang = self.lang()
        params = [("q", self.query_text(lang))]
        if self.rng.random() < 0.3:
            params.append(("page", str(self.rng.randint(1, 4))))
        rec = self.browser(
            "GET", _query("/admin/users", params), lang, referer="https://jeeves.example.com/admin/users"
        )
        rec["headers"]["Cookie"] = f"jeeves_admin=a.{self.rng.getrandbits(120):030x}"
        return lang, rec

    def admin_flag(self) -> tuple[str, dict[str, Any]]:
        lang = self.lang()
        uri = f"/admin/users/{self.rng.randint(1, 4000)}/{self.rng.choice(['active', 'active', 'admin'])}"
        fields = [
            ("csrf_token", self.csrf()),
            ("value", self.rng.choice(["0", "1"])),
            ("q", self.query_text(lang)),
            ("page", str(self.rng.randint(1, 3))),
        ]
        rec = self.browser("POST", uri, lang, fields, "https://jeeves.example.com/admin/users?q=")
        rec["headers"]["Cookie"] = f"jeeves_admin=a.{self.rng.getrandbits(120):030x}"
        return lang, rec

    # --- data API -----------------------------------------------------------------------------------------
    def api_headers(self, lang: str) -> dict[str, str]:
        return {
            "User-Agent": self.rng.choice(API_UAS),
            "Accept": "application/json",
            "Accept-Language": LANGS[lang]["al"],
            "Authorization": f"Bearer eyJhbGciOiJSUzI1NiJ9.{self.rng.getrandbits(160):040x}.sig",
        }

    def api_search(self) -> tuple[str, dict[str, Any]]:
        lang = self.lang()
        params = [("q", self.query_text(lang))]
        if self.rng.random() < 0.4:
            params.append(("limit", str(self.rng.choice([10, 25, 50, 100]))))
        if self.rng.random() < 0.3:
            params.append(("active", self.rng.choice(["true", "false"])))
        if self.rng.random() < 0.2:
            params.append(("team_id", self.team()))
        rec = _get(_query("/api/users", params))
        rec["headers"] = self.api_headers(lang)
        return lang, rec

    def api_user(self) -> tuple[str, dict[str, Any]]:
        lang = self.lang()
        rec = _get(f"/api/users/{self.rng.randint(1, 5000)}")
        rec["headers"] = self.api_headers(lang)
        return lang, rec

    def api_patch(self) -> tuple[str, dict[str, Any]]:
        lang = self.lang()
        doc: dict[str, Any] = {}
        r = self.rng.random()
        name = str(self.rng.choice(LANGS[lang]["names"]))
        if r < 0.4:
            doc["name"] = name
        elif r < 0.55:
            doc["name"] = name + self.rng.choice(
                [" (育休中)", "（リモート）", " · 休假中", " | в отпуске", " 🌴", " [OOO]"]
            )
        elif r < 0.7:
            doc["settings"] = {
                "timezone": self.rng.choice(LANGS[lang]["tz"]),
                "alert_time": f"{self.rng.randint(6, 8):02d}:{self.rng.choice(['00', '30'])}",
            }
        elif r < 0.8:
            doc["email"] = (
                self.rng.choice(
                    [
                        "hanako.sato",
                        "wang.wei",
                        "minjun.kim",
                        "a.smirnova",
                        "o.kovalenko",
                        "m.ahmed",
                        "noa.cohen",
                        "rahul.s",
                        "an.nguyen",
                    ]
                )
                + "@example.com"
            )
            doc["name"] = name
        elif r < 0.9:
            doc["is_active"] = self.rng.random() < 0.5
        else:
            doc["settings"] = {"units": self.rng.choice(["metric", "imperial"]), "alerts": self.rng.random() < 0.5}
            doc["name"] = name
        headers = self.api_headers(lang)
        headers["Content-Type"] = self.rng.choice(["application/json", "application/json; charset=utf-8"])
        rec = {
            "method": "PATCH",
            "uri": f"/api/users/{self.rng.randint(1, 5000)}",
            "body": self.dumps(doc),
            "headers": headers,
        }
        return lang, rec

    def api_bio(self) -> tuple[str, dict[str, Any]]:
        """A profile-style PATCH whose settings carry nothing, but whose name is a display name with a bio."""
        lang = self.lang()
        bio = str(self.rng.choice(BIOS[lang]))
        name = str(self.rng.choice(LANGS[lang]["names"]))
        doc = {"name": f"{name}｜{bio}"[:120]}
        headers = self.api_headers(lang)
        headers["Content-Type"] = "application/json"
        return lang, {
            "method": "PATCH",
            "uri": f"/api/users/{self.rng.randint(1, 5000)}",
            "body": self.dumps(doc),
            "headers": headers,
        }


PLAN: list[tuple[str, str, bool, int]] = [
    # (kind, generator method, slack?, count)
    ("message", "message", True, 300),
    ("mention", "mention", True, 80),
    ("edit", "edit", True, 60),
    ("home", "home", True, 25),
    ("command", "command", True, 110),
    ("click", "click", True, 55),
    ("me-page", "me_page", False, 25),
    ("me-location", "me_location", False, 55),
    ("me-settings", "me_settings", False, 40),
    ("admin-search", "admin_search", False, 80),
    ("admin-flag", "admin_flag", False, 35),
    ("api-search", "api_search", False, 70),
    ("api-user", "api_user", False, 15),
    ("api-patch", "api_patch", False, 55),
    ("api-bio", "api_bio", False, 25),
]


def benign() -> Iterator[dict[str, Any]]:
    gen = _Gen()
    for kind, method, slack, count in PLAN:
        for _ in range(count):
            sub, rec = getattr(gen, method)()
            placement = (
                "json"
                if rec["headers"].get("Content-Type", "").startswith("application/json")
                else ("form" if rec["body"] else "query")
            )
            yield {**rec, "id": gen.next_id(kind, slack), "category": "benign", "placement": placement, "sub": sub}


attacks = no_attacks
