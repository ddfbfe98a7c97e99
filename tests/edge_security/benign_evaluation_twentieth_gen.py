"""Benign traffic of a telecom operator's network operations centre and field engineers, on every route of the edge.

Fjordnett is a fixed and mobile operator (core and metro IP/MPLS, FTTH, RAN sites up to the Finnmark coast) with a
24/7 NOC in Oslo, a second shift in Gdańsk, field engineers all over the country and vendor support in Lisbon and
Bengaluru. Its people live in Slack and paste what is on their terminals there: router and switch CLI sessions
(IOS, IOS-XR, Junos, SR OS, VRP, EOS, RouterOS), configs, jump-host one-liners, PowerShell, Ansible and YAML, JSON,
syslog lines, ticket and change numbers, maintenance windows; the same pastes end up in the admin panel's search
boxes and the OAuth clients' notes. Monitoring and automation (LibreNMS, Zabbix, Grafana, NetBox sync, Oxidized,
AWX) call the data API and TokenDealer with query strings and JSON full of addresses, prefixes, interface names,
OIDs and regex filters. About 1,700 requests in a deployment's proportions: Slack first (messages, threads,
mentions, DMs, edits, alert bots, file shares, link unfurls, reactions, App Home, `/jeeves` slash commands, button
clicks, modal submissions and message shortcuts), then the data API, the admin panel, `/me/`, Sign in with Slack,
TokenDealer and the health and metadata endpoints.

How it was written: by the twentieth independent evaluator, from the route list of gateway/gateway.yaml (names,
match, methods, upstreams), the handlers in app/ and tokendealer/, README.md, the record structure of
benign_day_gen.py and the shared helpers of records.py, and from general knowledge of what a NOC types and what
Slack, browsers, SDKs and monitoring tools send. No WAF rule, exclusion, ruleset or other generator's texts were
used, and the texts were not changed after measuring. Deterministic: one seeded random.Random, no clock.
`attacks()` is empty; `benign()` yields the set. Addresses are from documentation and private ranges; every
token, secret and signature is random filler.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, TokenDealer's grant
fields, a text's emoji, an edited message's nesting, the fenced parts of a text, trigger_id and response_url) comes
from evaluator_routes.SlackApp, its web pieces (form_boundary, multipart_form, form_navigation, form_request,
csrf_post, get_request, cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form, oidc_params,
link_preview, link_visit) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import b64url, digest, no_attacks, planned, slack_escape

SEED = 20240612_20
EPOCH = 1718172000  # 2024-06-12 06:00 UTC, a Wednesday
ENTERPRISE = "E04FJORDNT"
TEAMS = [("T04FJNOC01", "fjordnett-noc"), ("T04FJFIELD", "fjordnett-field"), ("T04FJCORP0", "fjordnett")]
APP_ID, BOT_USER = "A06JEEVES2", "U06JEEVESB"
HOST = "edge.fjordnett.no"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "pQ7rXk2LmN9vBt4sWc8yHd3F"  # Slack's legacy verification token field: random filler

FIRST = ["Ola", "Kari", "Øyvind", "Åsmund", "Ragnhild", "Kjersti", "Nils-Åge", "Anne-Marthe", "Ole-Gunnar",
         "Siri", "Trond", "Ingvild", "Bjørn", "Torstein", "Marit", "Håkon", "Solveig", "Eirik", "Sigrid",
         "Áile", "Máret", "Jouni", "Piotr", "Agnieszka", "Grzegorz", "Małgorzata", "Paweł", "Katarzyna",
         "João", "Tiago", "Inês", "Beatriz", "Venkatesh", "Ananya", "Priyanka", "Karthik", "Arjun", "Lakshmi",
         "Siobhán", "Jean-Luc", "Marie-Thérèse", "Mohammed", "Fatima", "Yusuf", "Nguyễn", "Kōji", "Oksana",
         "Taras", "Elif", "Emre", "Mikko", "Aino", "Lars-Erik", "Sanna", "Dag", "Stig", "Tor", "Liv"]
LAST = ["Nordmann", "Ødegård", "Bjørnstad-Ruud", "Haugen", "Kristiansen", "Aas", "Bakken", "Løvlie", "Sæther",
        "Strøm", "Eriksen", "Solberg", "Nyström", "Vuolab", "Sara", "Somby", "Kowalski", "Wiśniewska",
        "Brzęczyszczykiewicz", "Zieliński", "Dąbrowski", "Conceição", "D'Ávila", "Gonçalves", "Subramanian",
        "Iyer-Menon", "D'Souza", "Reddy", "O'Neill", "O'Sullivan", "Aubert", "Al-Harbi", "Haddad", "Thị Hà",
        "Takahashi", "Kovalenko", "Shevchenko", "Yılmaz", "Virtanen", "Mäkinen", "Holm", "Berg", "Lie",
        "Fjellheim", "van der Meer", "McAllister", "Nilsen-Vik"]
TIMEZONES = ["Europe/Oslo", "Europe/Oslo", "Europe/Oslo", "Europe/Oslo", "Europe/Warsaw", "Europe/Warsaw",
             "Europe/Lisbon", "Asia/Kolkata", "Asia/Kolkata", "Europe/Stockholm", "Europe/Helsinki",
             "Europe/Copenhagen", "Europe/Dublin", "Europe/Kyiv", "Europe/Istanbul", "Asia/Ho_Chi_Minh", "UTC",
             "Arctic/Longyearbyen", "Europe/Berlin", "Asia/Tokyo"]
ASCII_FOLD = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "å": "a", "Å": "A", "ł": "l", "Ł": "L", "đ": "d",
              "ß": "ss", "ı": "i"}

CHANNELS = [("C04NOC0001", "noc"), ("C04NOCL200", "noc-l2"), ("C04CORENET", "core-network"),
            ("C04TRANSIT", "ip-transit-peering"), ("C04FIELDN0", "field-ops-nord"), ("C04FIELDS0", "field-ops-sor"),
            ("C04RAN0001", "mobile-ran"), ("C04FTTH001", "ftth-build"), ("C04CHANGE0", "change-mgmt"),
            ("C04INCID00", "incidents"), ("C04AUTOMAT", "netops-automation"), ("C04DCOPS00", "dc-ops"),
            ("C04ONCALL0", "oncall"), ("C04GDANSK0", "noc-gdansk"), ("C04VENDOR0", "vendor-tac"),
            ("C04RANDOM0", "random"), ("C04KANTINA", "kantina"), ("C04WEATHER", "vaer-og-vind")]
SITES = ["OSL2", "OSL5", "BGO1", "TRD1", "SVG1", "TOS1", "KRS1", "BOO1", "ALF1", "HFT1", "VDS1", "LKN1", "GDN1",
         "WAW1", "FRA1", "AMS1", "STO1", "CPH1"]
ROLES = ["pe1", "pe2", "p1", "p2", "agg1", "agg2", "asw", "bng1", "bng2", "rr1", "olt", "csr", "fw-dmz", "dcgw1"]
PEERS = ["NORDIX-RS1", "TRANSIT-A", "TRANSIT-B", "FRA-IX-RS2", "AMS-IX-RS1", "CDN-OSL", "GOOGLE-PNI", "NETNOD-STO",
         "CUST-KOMMUNE-TROMSO", "CUST-HOSPITAL-BGO", "MOBILE-CORE-GI", "SKOLE-NETT-SVG"]
OIDS = ["1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.5.0", "1.3.6.1.2.1.2.2.1.8", "1.3.6.1.2.1.2.2.1.14",
        "1.3.6.1.2.1.31.1.1.1.6", "1.3.6.1.2.1.31.1.1.1.10", "1.3.6.1.2.1.31.1.1.1.18",
        "1.3.6.1.4.1.9.9.109.1.1.1.1.8", "1.3.6.1.4.1.2636.3.1.13.1.8", "1.3.6.1.4.1.2011.5.25.31.1.1.1.1.11",
        "1.3.6.1.2.1.15.3.1.2", "1.3.6.1.4.1.9.9.91.1.1.1.1.4", "1.3.6.1.2.1.47.1.1.1.1.13",
        ".1.3.6.1.4.1.6527.3.1.2.2.4.2.1.24", "1.3.6.1.4.1.14988.1.1.19.1.1.6"]
OID_NAMES = ["ifOperStatus", "ifHCInOctets", "ifHCOutOctets", "ifAlias", "ifInErrors", "sysUpTime", "sysName",
             "bgpPeerState", "cpmCPUTotal5minRev", "jnxOperatingCPU", "entSensorValue", "hwEntityCpuUsage"]
SYSLOG = ["%LINK-3-UPDOWN", "%LINEPROTO-5-UPDOWN", "%BGP-5-ADJCHANGE", "%OSPF-5-ADJCHG", "%SYS-5-CONFIG_I",
          "%TRANSCEIVER-3-RPC_PROCESSING_ERROR", "%PLATFORM-4-ELEMENT_WARNING", "%SFF8472-5-THRESHOLD_VIOLATION",
          "SNMP_TRAP_LINK_DOWN", "RPD_BGP_NEIGHBOR_STATE_CHANGED", "%ROUTING-ISIS-5-ADJCHANGE",
          "%L2-BM-6-ACTIVE", "%PKT_INFRA-LINK-3-UPDOWN"]
PLACES = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Bodø", "Alta", "Hammerfest", "Vadsø", "Kirkenes",
          "Honningsvåg", "Nordkapp", "Lakselv", "Karasjok", "Kárášjohka", "Guovdageaidnu", "Kautokeino",
          "Longyearbyen", "Svolvær", "Leknes", "Å i Lofoten", "Mo i Rana", "Mosjøen", "Narvik", "Harstad",
          "Finnsnes", "Steinkjer", "Ålesund", "Molde", "Kristiansund", "Førde", "Sogndal", "Voss", "Odda",
          "Haugesund", "Egersund", "Kristiansand", "Arendal", "Skien", "Drammen", "Lillehammer", "Hamar",
          "Røros", "Fyllingsdalen, Bergen", "Løvstakken", "Ulriken", "Fløyen", "Storsteinen", "Sandnessjøen",
          "Gdańsk", "Gdynia", "Sopot", "Warszawa", "Kraków", "Łódź", "Lisboa", "Porto", "Braga", "Bengaluru",
          "ಬೆಂಗಳೂರು", "Chennai", "Pune", "Hyderabad", "Stockholm", "Luleå", "Kiruna", "Haparanda", "Oulu",
          "Rovaniemi", "Inari", "Anár", "København", "Aarhus", "Frankfurt am Main", "Amsterdam", "Dublin",
          "Kyiv", "Київ", "Istanbul", "東京", "Hà Nội", "Skarsvåg", "Gamvik", "Berlevåg", "Båtsfjord",
          "69.6492,18.9553", "70.6634, 23.6821", "60.3913,5.3221", "71°10′21″N 25°47′04″E", "59.9139 N, 10.7522 E",
          "Mast BGO-0412 (Løvstakken)", "Site HFT-0031, Fuglenes", "Storgata 12, 9008 Tromsø",
          "Karl Johans gate 22, 0159 Oslo", "Dronningens gate 4, 7011 Trondheim", "ul. Grunwaldzka 472, Gdańsk",
          "Av. da Liberdade 110, 1250-146 Lisboa", "Whitefield, Bengaluru 560066", "0150", "9008", "80-309 Gdańsk"]
LINKS = [
    "https://librenms.noc.fjordnett.net/device/device=112/tab=port/port=4471/",
    "https://grafana.noc.fjordnett.net:3000/d/core-links/core-links?orgId=1&var-device=pe1-osl2&var-if=xe-0%2F0%2F0"
    "&from=now-6h&to=now",
    "https://netbox.mgmt.fjordnett.net/ipam/prefixes/?q=100.64.&vrf_id=3&status=active",
    "https://fjordnett.service-now.com/nav_to.do?uri=incident.do%3Fsysparm_query%3Dnumber%3DINC0048213",
    "https://smokeping.noc.fjordnett.net/smokeping/?target=Core.OSL2.pe1-osl2",
    "https://bgp.he.net/AS64512#_prefixes", "https://stat.ripe.net/widget/routing-status#w.resource=203.0.113.0/24",
    "https://www.peeringdb.com/ix/359", "https://lg.fjordnett.net/?query=bgp&protocol=IPv6&addr=2001:db8::/32"
    "&router=pe1-osl2",
    "https://gitlab.fjordnett.net/netops/ansible/-/merge_requests/482/diffs",
    "https://kibana.noc.fjordnett.net:5601/app/discover#/?_g=(time:(from:now-24h,to:now))"
    "&_a=(query:(language:kuery,query:'host.name:%22pe1-osl2%22%20and%20message:*UPDOWN*'))",
    "http://10.10.0.5:8080/cacti/graph.php?action=view&local_graph_id=4471&rra_id=all",
    "https://www.yr.no/nb/v%C3%A6rvarsel/daglig-tabell/5-97251/Norge/Finnmark/Hammerfest/Hammerfest",
    "https://www.yr.no/en/forecast/hourly-table/1-305409/Norway/Troms/Troms%C3%B8/Troms%C3%B8",
    "https://www.cisco.com/c/en/us/support/docs/ip/border-gateway-protocol-bgp/13753-25.html",
    "https://www.juniper.net/documentation/us/en/software/junos/cli/topics/topic-map/junos-cli-filtering.html",
    "https://oxidized.noc.fjordnett.net/node/version/diffs?node=asw-bgo1-12&group=access&num=3&date=2024-06-11",
    "https://zabbix.noc.fjordnett.net/tr_events.php?triggerid=318823&eventid=99182734",
    "https://awx.netops.fjordnett.net/#/jobs/playbook/22871/output",
    "https://confluence.fjordnett.net/display/NOC/Runbook+-+BGP+transit+down",
    "https://atlas.ripe.net/measurements/71234567/#probes", "https://status.nordix.example/incidents/8xk2p",
]
EMOJI = [":white_check_mark:", ":eyes:", ":fire:", ":rotating_light:", ":thumbsup:", ":pray:", ":sweat_smile:",
         ":coffee:", ":snowflake:", ":wind_blowing_face:", ":red_circle:", ":large_green_circle:", ":satellite:",
         ":tower:", ":zap:", ":ladder:", ":construction:", ":facepalm:", ":tada:", ":+1:", "🙏", "👀", "🔥", "✅",
         "🚨", "📡", "⚡", "❄️", "🌬️", "😅", "🤞", "☕", "🛠️", "🇳🇴", "🇵🇱"]

# Placeholders in texts: ⟨name⟩ a fresh value, ⟨name:1⟩ the same value throughout one text.
CLI_SESSIONS = [
    "⟨host:1⟩#show ip interface brief | include up\nGigabitEthernet0/0/0   ⟨ip⟩     YES NVRAM  up"
    "                    up\nGigabitEthernet0/0/1   unassigned      YES unset  up                    up\n"
    "Loopback0              ⟨ip⟩     YES NVRAM  up                    up",
    "⟨host:1⟩#sh int ⟨gi:1⟩ | i rate|error|CRC|drops\n  Input queue: 0/375/⟨n⟩/0 (size/max/drops/flushes); "
    "Total output drops: ⟨n⟩\n  5 minute input rate 412000 bits/sec, 61 packets/sec\n  5 minute output rate "
    "1280000 bits/sec, 143 packets/sec\n     ⟨n⟩ input errors, ⟨n⟩ CRC, 0 frame, 0 overrun, 0 ignored\n"
    "     0 output errors, 0 collisions, 3 interface resets",
    "⟨host:1⟩#show logging | include ⟨gi:1⟩\n⟨syslogdate⟩: %LINK-3-UPDOWN: Interface ⟨gi:1⟩, changed state to down\n"
    "⟨syslogdate⟩: %LINEPROTO-5-UPDOWN: Line protocol on Interface ⟨gi:1⟩, changed state to down\n"
    "⟨syslogdate⟩: %LINK-3-UPDOWN: Interface ⟨gi:1⟩, changed state to up",
    "RP/0/RSP0/CPU0:⟨host:1⟩#show bgp ipv4 unicast summary\nBGP router identifier ⟨ip⟩, local AS number ⟨asn:1⟩\n"
    "BGP main routing table version 9123771\n\nNeighbor        Spk    AS MsgRcvd MsgSent   TblVer  InQ OutQ  Up/Down"
    "  St/PfxRcd\n⟨pub⟩     0 ⟨asn⟩ 1834471  120034  9123771    0    0    3w2d     945210\n⟨pub⟩     0 ⟨asn⟩"
    "      12      14        0    0    0 00:01:12 Active",
    "⟨user⟩@⟨host⟩> show interfaces ⟨xe:1⟩ extensive | match \"error|drops|power\"\n    Input errors:\n"
    "      Errors: 0, Drops: 0, Framing errors: ⟨n⟩, Runts: 0, Policed discards: 0\n    Output errors:\n"
    "      Carrier transitions: 7, Errors: 0, Drops: 0\n  Laser output power                        :  0.5120 mW / "
    "⟨dbm⟩ dBm\n  Receiver signal average optical power     :  0.0412 mW / ⟨dbm⟩ dBm",
    "⟨user⟩@⟨host⟩> show route ⟨pfx:1⟩ exact detail | no-more\n\ninet.0: 945871 destinations, 2837613 routes "
    "(945870 active, 0 holddown, 1 hidden)\n⟨pfx:1⟩ (3 entries, 1 announced)\n        *BGP    Preference: 170/-101\n"
    "                Next hop: ⟨pub⟩ via ⟨xe⟩, selected\n                AS path: ⟨asn⟩ ⟨asn⟩ I\n"
    "                Communities: 64512:100 64512:2010 no-export",
    "⟨user⟩@⟨host⟩> show configuration | display set | match ⟨xe:1⟩\nset interfaces ⟨xe:1⟩ description \"CORE: "
    "⟨host⟩ ⟨xe⟩ [⟨cid⟩]\"\nset interfaces ⟨xe:1⟩ mtu 9192\nset interfaces ⟨xe:1⟩ unit 0 family inet address "
    "⟨p2p⟩/31\nset interfaces ⟨xe:1⟩ unit 0 family iso\nset interfaces ⟨xe:1⟩ unit 0 family mpls",
    "⟨host⟩#ping ⟨pub:1⟩ source Loopback0 repeat 100 size 1500 df-bit\nType escape sequence to abort.\n"
    "Sending 100, 1500-byte ICMP Echos to ⟨pub:1⟩, timeout is 2 seconds:\nPacket sent with a source address of ⟨ip⟩\n"
    "Packet sent with the DF bit set\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\nSuccess rate is 100 percent (100/100), round-trip min/avg/max = 1/2/9 ms",
    "⟨user⟩@jump01:~$ traceroute -n -w 1 -q 1 ⟨pub:1⟩\ntraceroute to ⟨pub:1⟩ (⟨pub:1⟩), 30 hops max, 60 byte packets\n"
    " 1  ⟨ip⟩  0.412 ms\n 2  ⟨ip⟩  1.210 ms\n 3  ⟨p2p⟩  7.871 ms\n 4  *\n 5  ⟨pub:1⟩  12.334 ms",
    "$ mtr -rwbzc 100 ⟨pub:1⟩\nStart: ⟨isodate⟩\nHOST: jump01.noc.fjordnett.no           Loss%   Snt   Last   Avg  "
    "Best  Wrst StDev\n  1. AS???    ⟨ip⟩          0.0%   100    0.3   0.4   0.2   1.9   0.2\n  2. AS64512  ⟨p2p⟩"
    "        0.0%   100    1.1   1.3   0.9   4.2   0.4\n  3. AS64512  ⟨p2p⟩       12.0%   100    9.8  11.2   9.1  "
    "44.0   5.1\n  4. AS⟨asn⟩  ⟨pub:1⟩      0.0%   100   12.0  12.4  11.8  15.3   0.5",
    "⟨host⟩#show mac address-table address ⟨mac:1⟩\n          Mac Address Table\n"
    "-------------------------------------------\n\nVlan    Mac Address       Type        Ports\n"
    "----    -----------       --------    -----\n ⟨vlan⟩    ⟨mac:1⟩    DYNAMIC     ⟨gi⟩\n"
    "Total Mac Addresses for this criterion: 1",
    "⟨host⟩#sh arp | inc ⟨mac:1⟩\nInternet  ⟨ip⟩          12   ⟨mac:1⟩  ARPA   Vlan⟨vlan⟩",
    "⟨host⟩#show spanning-tree vlan ⟨vlan⟩ | begin Interface\nInterface           Role Sts Cost      Prio.Nbr Type\n"
    "------------------- ---- --- --------- -------- --------------------------------\n"
    "Gi1/0/1             Desg FWD 4         128.1    P2p Edge\nGi1/0/48            Root FWD 4         128.48   P2p\n"
    "Po1                 Altn BLK 3         128.56   P2p",
    "⟨host⟩#show ipv6 route ⟨pfx6:1⟩\nRouting entry for ⟨pfx6:1⟩\n  Known via \"isis core\", distance 115, metric 20, "
    "type level-2\n  Route count is 1/1, share count 0\n  Routing paths:\n    ⟨ll6⟩, TenGigabitEthernet0/1/0\n"
    "      Last updated 2d03h ago",
    "A:⟨host⟩# show router bgp summary | match Active post-lines 1\n⟨pub⟩\n                ⟨asn⟩       0    0 "
    "02h14m07s Active\n⟨ip6⟩\n                ⟨asn⟩       0    0 00h00m41s Connect",
    "A:⟨host⟩# show port 1/1/c⟨d⟩/1 optical | match \"Rx Optical|Tx Output\"\nRx Optical Pwr (avg dBm)      ⟨dbm⟩\n"
    "Tx Output Power (dBm)         ⟨dbm⟩",
    "<⟨host⟩>display interface brief | include down\nGE0/0/12                      down    down        0%     0%"
    "          0          0\n100GE1/0/1(10G)               *down   down        0%     0%          0          0",
    "<⟨host⟩>display current-configuration interface Eth-Trunk5\n#\ninterface Eth-Trunk5\n description TO-⟨host⟩\n"
    " port link-type trunk\n port trunk allow-pass vlan 100 200 to 210 ⟨vlan⟩\n mode lacp-static\n#\nreturn",
    "[admin@CPE-⟨n⟩] > /interface ethernet monitor sfp-sfpplus1 once\n                 name: sfp-sfpplus1\n"
    "               status: link-ok\n         sfp-rx-power: ⟨dbm⟩dBm\n         sfp-tx-power: 1.9dBm\n"
    "  sfp-temperature: 41C",
    "[admin@CPE-⟨n⟩] /ip address> print where interface=\"bridge-lan\"\nFlags: X - disabled, I - invalid, "
    "D - dynamic\n #   ADDRESS            NETWORK         INTERFACE\n 0   ⟨ip⟩/24       ⟨ip⟩     bridge-lan",
    "dc1-leaf0⟨d⟩#show interfaces Ethernet49/1 transceiver\n                                 Bias      Optical   "
    "Optical\n           Temp       Voltage  Current   Tx Power  Rx Power\nPort       (Celsius)  (Volts)  (mA)      "
    "(dBm)     (dBm)\n---------  ---------  -------  --------  --------  --------\nEt49/1     38.41      3.29     "
    "38.12     -1.22     ⟨dbm⟩",
    "dc1-leaf0⟨d⟩#show bgp evpn route-type mac-ip ⟨macc⟩ | json | jq '.evpnRoutes | keys'",
    "MA5800-X17(config-if-gpon-0/1)# display ont info ⟨d⟩ ⟨n⟩\n  F/S/P       : 0/1/⟨d⟩\n  ONT-ID      : ⟨n⟩\n"
    "  Run state   : offline\n  Last down cause : dying-gasp\n  Last down time  : ⟨syslogdate⟩",
    "⟨user⟩@jump01:~$ sudo tcpdump -ni ens192 'host ⟨ip:1⟩ and (udp port 161 or udp port 162)' -c 20\n"
    "tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\nlistening on ens192, link-type "
    "EN10MB (Ethernet), snapshot length 262144 bytes\n⟨clock⟩.412331 IP ⟨ip⟩.41327 > ⟨ip:1⟩.161:  GetBulk(34)  "
    "N=0 M=10 .1.3.6.1.2.1.31.1.1.1.6\n⟨clock⟩.431002 IP ⟨ip:1⟩.161 > ⟨ip⟩.41327:  GetResponse(1203)  "
    ".1.3.6.1.2.1.31.1.1.1.6.1=⟨big⟩",
    "$ snmpget -v3 -l authPriv -u noc-ro -a SHA -A \"$SNMP_AUTH\" -x AES -X \"$SNMP_PRIV\" ⟨ip⟩ 1.3.6.1.2.1.1.3.0 "
    "1.3.6.1.2.1.1.5.0\nDISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (412993411) 47 days, 19:12:14.11\n"
    "SNMPv2-MIB::sysName.0 = STRING: ⟨host⟩",
    "$ snmpwalk -v2c -c \"$COMMUNITY\" -On ⟨ip⟩ ⟨oid:1⟩ | head -4\n⟨oid:1⟩.1 = Counter64: ⟨big⟩\n"
    "⟨oid:1⟩.2 = Counter64: ⟨big⟩\n⟨oid:1⟩.517 = Counter64: 0\n⟨oid:1⟩.518 = Counter64: ⟨big⟩",
    "$ for h in $(grep -E '^pe[0-9]' hosts.txt); do echo \"== $h\"; ssh -o ConnectTimeout=5 $h 'show version | i "
    "uptime'; done\n== pe1-osl2\npe1-osl2 uptime is 41 weeks, 2 days, 7 hours, 12 minutes\n== pe2-osl2\n"
    "ssh: connect to host pe2-osl2 port 22: Connection timed out",
    "$ zgrep -h 'BGP-5-ADJCHANGE' /var/log/remote/⟨host⟩/2024-06-1*.log.gz | awk '{print $1,$2,$3,$NF}' | sort | "
    "uniq -c | sort -rn | head",
    "$ awk '$2==\"down\" && $3==\"down\" {print $1}' show_int_status.txt | sed 's/^Gi/GigabitEthernet/' > "
    "to_shut.txt && wc -l to_shut.txt\n14 to_shut.txt",
    "$ curl -sk -H \"Authorization: Token $NETBOX_TOKEN\" 'https://netbox.mgmt.fjordnett.net/api/ipam/ip-addresses/"
    "?address=⟨ip⟩&limit=5' | jq '.results[] | {address, dns_name, status: .status.value}'",
    "$ ssh -J ⟨user⟩@jump01.noc.fjordnett.no:2222 admin@⟨ip:1⟩ -o KexAlgorithms=+diffie-hellman-group14-sha1\n"
    "Unable to negotiate with ⟨ip:1⟩ port 22: no matching cipher found. Their offer: aes128-cbc,3des-cbc",
    "$ nmap -sU -p 161,162 --open ⟨pfx⟩ -oG - | grep -c open\n37",
    "$ dig +short -x ⟨pub⟩ @ns1.fjordnett.no\nte0-0-0-3.pe1-osl2.core.fjordnett.net.\n"
    "$ dig AAAA ⟨host⟩.mgmt.fjordnett.net +noall +answer\n⟨host⟩.mgmt.fjordnett.net. 300 IN AAAA ⟨ip6⟩",
    "⟨user⟩@bng-lab:~$ ip -6 route show | grep -v fe80\n⟨pfx6⟩ dev ens224 proto kernel metric 256 pref medium\n"
    "default via ⟨ip6⟩ dev ens224 proto static metric 1024 onlink pref medium",
    "⟨user⟩@jump02:~$ ip route get ⟨pub⟩\n⟨pub⟩ via ⟨ip⟩ dev ens160 src ⟨ip⟩ uid 1004\n    cache",
    "$ iperf3 -c ⟨ip⟩ -P 8 -t 30 -R\n[SUM]   0.00-30.00  sec  32.7 GBytes  9.36 Gbits/sec  412             sender\n"
    "[SUM]   0.00-30.00  sec  32.6 GBytes  9.35 Gbits/sec                  receiver",
    "PS C:\\Users\\⟨user⟩> Test-NetConnection ⟨ip:1⟩ -Port 830\n\nComputerName     : ⟨ip:1⟩\n"
    "RemoteAddress    : ⟨ip:1⟩\nRemotePort       : 830\nInterfaceAlias   : Ethernet 2\nSourceAddress    : "
    "10.9.4.17\nTcpTestSucceeded : False",
    "PS C:\\> Get-NetNeighbor -IPAddress ⟨ip⟩ | Select-Object IPAddress,LinkLayerAddress,State | Format-Table "
    "-AutoSize",
    "PS C:\\tools> Import-Csv .\\sites.csv | Where-Object { $_.Region -eq 'Nord' } | ForEach-Object { "
    "Test-Connection $_.MgmtIP -Count 2 -Quiet }",
    "PS C:\\> Get-Content .\\syslog-⟨site⟩.txt -Tail 200 | Select-String -Pattern 'UPDOWN|ADJCHANGE' | "
    "Out-File .\\flaps.txt -Encoding utf8",
    "C:\\>tracert -d -w 500 ⟨pub⟩\n\nTracing route to ⟨pub⟩ over a maximum of 30 hops\n\n  1    <1 ms    <1 ms    "
    "<1 ms  10.9.4.1\n  2     2 ms     1 ms     1 ms  ⟨ip⟩\n  3     *        *        *     Request timed out.",
    "C:\\Users\\felt> ipconfig /all | findstr /i \"IPv4 Physical Gateway\"",
    "$ python3 -c 'import ipaddress as i; print([str(n) for n in i.ip_network(\"⟨pfx⟩\").subnets(new_prefix=30)][:4])'",
    "⟨host⟩#show running-config | section router bgp\nrouter bgp ⟨asn:1⟩\n bgp log-neighbor-changes\n"
    " neighbor ⟨pub:2⟩ remote-as ⟨asn⟩\n neighbor ⟨pub:2⟩ description IX-PEER: ⟨peer⟩\n neighbor ⟨pub:2⟩ password 7 "
    "<removed>\n address-family ipv4\n  neighbor ⟨pub:2⟩ activate\n  neighbor ⟨pub:2⟩ route-map RM-IX-IN in\n"
    "  neighbor ⟨pub:2⟩ maximum-prefix 1000 90 restart 15",
    "⟨host⟩#show ip access-lists VTY-IN\nExtended IP access list VTY-IN\n    10 permit tcp 10.10.0.0 0.0.255.255 any "
    "eq 22 (4821 matches)\n    20 permit tcp host 10.9.4.17 any eq 22 (12 matches)\n    30 deny ip any any log "
    "(⟨n⟩ matches)",
    "⟨host⟩#show lldp neighbors\nDevice ID           Local Intf     Hold-time  Capability      Port ID\n"
    "⟨host⟩      Gi1/0/48       120        B,R             Gi0/0/1\n⟨host⟩      Te1/1/1        120        B,R"
    "             xe-0/0/11\n\nTotal entries displayed: 2",
    "RP/0/RSP0/CPU0:⟨host⟩#show isis adjacency\nIS-IS core Level-2 adjacencies:\nSystem Id      Interface"
    "                SNPA           State Hold Changed  NSF IPv4 IPv6\n⟨host⟩        BE12                     *PtoP*"
    "         Up    27   3w2d     Yes Up   Up\n⟨host⟩        Hu0/0/0/1                *PtoP*         Init  29   "
    "00:00:04 Yes None None",
    "⟨host⟩#show mpls ldp neighbor brief\n\nPeer               GR  NSR  Up Time     Discovery   Addresses     Labels\n"
    "-----------------  --  ---  ----------  ----------  ----------  ------------\n⟨ip⟩:0       Y   Y    6w0d"
    "           2          11          ipv4: 4122",
    "⟨host⟩#sh ip ospf neighbor\n\nNeighbor ID     Pri   State           Dead Time   Address         Interface\n"
    "⟨ip⟩         0   FULL/  -        00:00:35    ⟨p2p⟩      ⟨gi⟩\n⟨ip⟩         0   EXSTART/  -     00:00:38    "
    "⟨p2p⟩      ⟨gi⟩",
    "⟨host⟩#show vrrp brief\nInterface          Grp Pri Time  Own Pre State   Master addr     Group addr\n"
    "Vl⟨vlan⟩             10 110 3570       Y  Master  ⟨ip⟩    ⟨ip⟩",
    "CMTS-OSL-01#show cable modem ⟨mac⟩ verbose | include Online|US SNR|DS RxPwr|IPv4\nMAC State              : "
    "online(pt)\nIPv4 Address           : ⟨ip⟩\nUS SNR (dB)            : 36.12\nDS RxPwr (dBmV)        : -3.10",
    "⟨host⟩#show clock detail\n*⟨clock⟩.412 CEST Wed Jun 12 2024\nTime source is NTP\n⟨host⟩#show ntp status | i "
    "Clock is|stratum\nClock is synchronized, stratum 3, reference is ⟨ip⟩",
    "⟨host⟩#show environment all | include PSU|Temp|FAIL\nPSU1   PWR-C1-715WAC  OK     Good    Good\n"
    "PSU2   PWR-C1-715WAC  FAIL   Bad     n/a\nInlet Temperature Value: 41 Degree Celsius",
    "⟨host⟩#show platform hardware qfp active statistics drop | exclude _0_\n-------------------------------------\n"
    "Global Drop Stats                         Packets                  Octets\n---------------------------------"
    "----\nIpv4NoRoute                                 ⟨big⟩              ⟨big⟩\nTailDrop                          "
    "          ⟨n⟩                   ⟨big⟩",
    "[edit]\n⟨user⟩@⟨host⟩# show | compare\n[edit interfaces ⟨xe:1⟩]\n-   disable;\n+   description \"TRANSIT: ⟨peer⟩ "
    "[⟨cid⟩]\";\n\n[edit]\n⟨user⟩@⟨host⟩# commit confirmed 5 comment \"⟨chg⟩ enable transit\"\ncommit confirmed will "
    "be automatically rolled back in 5 minutes unless confirmed\ncommit complete",
    "⟨host:1⟩#conf t\nEnter configuration commands, one per line.  End with CNTL/Z.\n⟨host:1⟩(config)#interface range "
    "Gi1/0/1 - 24\n⟨host:1⟩(config-if-range)#switchport access vlan ⟨vlan⟩\n⟨host:1⟩(config-if-range)#shut\n"
    "⟨host:1⟩(config-if-range)#no shut\n⟨host:1⟩(config-if-range)#end\n⟨host:1⟩#wr mem\nBuilding configuration...\n"
    "[OK]",
    "⟨host⟩#show version | include uptime|System image|Last reload\n⟨host⟩ uptime is 2 years, 14 weeks, 3 days\n"
    "System image file is \"bootflash:asr1000-universalk9.17.09.04a.SPA.bin\"\nLast reload reason: PowerOn",
    "amos ⟨ran⟩> st cell\n===================================================================================\n"
    "Proxy  Adm State     Op. State     MO\n========================================================================="
    "==========\n 1412  1 (UNLOCKED)  0 (DISABLED)  ENodeBFunction=1,EUtranCellFDD=⟨ran⟩1\n 1413  1 (UNLOCKED)  1 "
    "(ENABLED)   ENodeBFunction=1,EUtranCellFDD=⟨ran⟩2",
    "$ ansible -i inventory/prod.yml 'access:&⟨sitel⟩' -m cisco.ios.ios_command -a \"commands='show int status | i "
    "notconnect'\" --limit '!asw-⟨sitel⟩-99' -f 20",
    "$ ansible-playbook -i inventory/prod.yml site.yml --limit 'pe_routers:&oslo' --tags ntp,snmp --check --diff",
    "$ git -C ~/netops/configs log --oneline -3 -- ⟨host⟩.cfg\n4f1c2e9 oxidized: ⟨host⟩ changed (⟨user⟩)\n"
    "a81d007 oxidized: ⟨host⟩ changed (ansible)\n77be310 ⟨chg⟩ shut unused ports",
    "$ grep -rn 'ip helper-address' configs/ | grep -v '10.10.0.53' | cut -d: -f1 | sort -u",
    "$ watch -n 5 \"snmpget -v2c -c \\$COMMUNITY -Ovq ⟨ip⟩ IF-MIB::ifHCInOctets.⟨n⟩\"",
    "$ echo 'show bgp summary' | ssh -T ⟨host⟩ 2>/dev/null | grep -E 'Active|Idle|Connect'",
    "$ sudo journalctl -u frr --since '1 hour ago' | grep -i 'bgp.*down' | tail -20",
    "$ vtysh -c 'show ip bgp neighbors ⟨pub⟩ advertised-routes' | tail -3\n\nTotal number of prefixes 412",
    "$ openssl s_client -connect ⟨ip⟩:443 -servername lg.fjordnett.net </dev/null 2>/dev/null | openssl x509 "
    "-noout -dates",
]
CONFIGS = [
    "interface ⟨gi⟩\n description UPLINK to ⟨host⟩ ⟨gi⟩ [CID: ⟨cid⟩]\n switchport mode trunk\n switchport trunk "
    "allowed vlan 10,20,30-35,⟨vlan⟩\n spanning-tree portfast trunk\n no shutdown\n!",
    "ip access-list extended MGMT-IN\n 10 permit tcp 10.10.0.0 0.0.255.255 any eq 22\n 20 permit udp host ⟨ip⟩ any "
    "eq snmp\n 30 permit icmp any any echo\n 40 deny   ip any any log\n!\nline vty 0 15\n access-class MGMT-IN in\n"
    " transport input ssh",
    "ip prefix-list PL-CUST-⟨n⟩ seq 5 permit ⟨pfx⟩ le 24\nip prefix-list PL-CUST-⟨n⟩ seq 10 deny 0.0.0.0/0 le 32\n!\n"
    "route-map RM-CUST-IN permit 10\n match ip address prefix-list PL-CUST-⟨n⟩\n set local-preference 200\n set "
    "community 64512:3100 additive\nroute-map RM-CUST-IN deny 100",
    "set firewall family inet filter PROTECT-RE term SSH from source-prefix-list MGMT\nset firewall family inet "
    "filter PROTECT-RE term SSH from protocol tcp\nset firewall family inet filter PROTECT-RE term SSH from "
    "destination-port ssh\nset firewall family inet filter PROTECT-RE term SSH then accept\nset firewall family "
    "inet filter PROTECT-RE term DEFAULT then discard",
    "protocols {\n    bgp {\n        group TRANSIT-V6 {\n            type external;\n            import [ BOGONS-V6 "
    "TRANSIT-IN ];\n            export ANNOUNCE-V6;\n            neighbor ⟨ip6⟩ {\n                description "
    "\"⟨peer⟩ [⟨cid⟩]\";\n                peer-as ⟨asn⟩;\n            }\n        }\n    }\n}",
    "/configure router \"Base\" bgp group \"TRANSIT\" neighbor \"⟨pub⟩\" peer-as ⟨asn⟩\n/configure router \"Base\" "
    "bgp group \"TRANSIT\" neighbor \"⟨pub⟩\" import policy [\"BOGONS\" \"TRANSIT-IN\"]\n/configure port 1/1/c⟨d⟩/1 "
    "admin-state enable",
    "snmp-server community <redacted> RO SNMP-ACL\nsnmp-server location \"⟨site⟩ rack 04/U22, room 1.14\"\n"
    "snmp-server contact noc@fjordnett.no / +47 22 12 34 56\nsnmp-server host ⟨ip⟩ version 2c <redacted>\n"
    "snmp-server enable traps snmp linkdown linkup",
    "aaa new-model\naaa authentication login default group tacacs+ local\naaa authorization exec default group "
    "tacacs+ local\ntacacs server TAC1\n address ipv4 ⟨ip⟩\n key 7 <removed>\nip tacacs source-interface Loopback0",
    "class-map match-any CM-VOICE\n match dscp ef\npolicy-map PM-WAN-OUT\n class CM-VOICE\n  priority percent 20\n"
    " class class-default\n  fair-queue\n  random-detect dscp-based\n!\ninterface ⟨gi⟩\n service-policy output "
    "PM-WAN-OUT",
    "vlan ⟨vlan⟩\n name CUST-⟨n⟩-L2VPN\n!\ninterface Vlan⟨vlan⟩\n ip address ⟨ip⟩ 255.255.255.252\n ipv6 address "
    "⟨ip6⟩/127\n ip mtu 1500\n no ip redirects",
    "network:\n  version: 2\n  ethernets:\n    ens192:\n      addresses: [⟨ip⟩/24, \"⟨ip6⟩/64\"]\n      routes:\n"
    "        - to: default\n          via: 10.10.0.1\n      nameservers:\n        addresses: [10.10.0.53, "
    "10.20.0.53]",
    "- name: push ntp and syslog\n  hosts: access_switches\n  gather_facts: false\n  tasks:\n    - name: ntp\n"
    "      cisco.ios.ios_config:\n        lines:\n          - ntp server 10.10.0.123 prefer\n          - logging host "
    "⟨ip⟩\n        save_when: modified\n      register: out\n    - debug: var=out.updates",
    "all:\n  children:\n    pe_routers:\n      hosts:\n        pe1-osl2: {ansible_host: ⟨ip⟩, ansible_network_os: "
    "cisco.iosxr.iosxr}\n        pe1-trd1: {ansible_host: ⟨ip⟩, ansible_network_os: junipernetworks.junos.junos}\n"
    "  vars:\n    ansible_connection: ansible.netcommon.network_cli\n    ansible_user: \"{{ lookup('env', "
    "'NET_USER') }}\"",
    "interface {{ item.name }}\n description {{ item.descr | upper }}\n{% if item.vlan is defined %}\n switchport "
    "access vlan {{ item.vlan }}\n{% else %}\n shutdown\n{% endif %}\n!",
    "Value Required INTERFACE (\\S+)\nValue STATUS (up|down|administratively down)\nValue PROTOCOL (up|down)\n\n"
    "Start\n  ^${INTERFACE}\\s+\\S+\\s+\\w+\\s+\\w+\\s+${STATUS}\\s+${PROTOCOL} -> Record",
    "- alert: CoreLinkErrors\n  expr: rate(ifInErrors{ifName=~\"(xe|et|Hu|Te).*\",role=\"core\"}[5m]) > 1\n  for: "
    "10m\n  labels: {severity: critical, team: noc}\n  annotations:\n    summary: \"{{ $labels.instance }} "
    "{{ $labels.ifName }} input errors\"",
    "{\n  \"Dhcp4\": {\n    \"subnet4\": [\n      {\"subnet\": \"⟨pfx⟩\", \"pools\": [{\"pool\": \"⟨ip⟩ - ⟨ip⟩\"}],\n"
    "       \"option-data\": [{\"name\": \"routers\", \"data\": \"⟨ip⟩\"}], \"relay\": {\"ip-addresses\": "
    "[\"⟨ip⟩\"]}}\n    ]\n  }\n}",
    "{\"update\": [{\"path\": \"openconfig-interfaces:interfaces/interface[name=⟨xe⟩]/state/counters\", "
    "\"val\": {\"in-octets\": \"⟨big⟩\", \"in-errors\": \"⟨n⟩\", \"out-discards\": \"0\"}}], \"timestamp\": "
    "1718172331412000000}",
    "*/30 * * * * /opt/oxidized/bin/oxidized-trigger --group access >> /var/log/oxidized/trigger.log 2>&1\n"
    "15 3 * * 0 /usr/local/bin/rancid-run -r core > /dev/null 2>&1",
    "*.* @@⟨ip⟩:6514;RSYSLOG_SyslogProtocol23Format\n:msg, contains, \"UPDOWN\" /var/log/network/updown.log\n& stop",
]
# Short chat, many languages and the NOC's jargon.
CHAT = [
    "LOS on ⟨xe⟩ at ⟨host⟩ again, dispatching field", "flapping since 03:12, opened ⟨inc⟩",
    "BGP to ⟨peer⟩ is down, prefixes withdrawn, traffic moved to the other transit", "ack", "on it", "looking",
    "fiber cut between ⟨site⟩ and ⟨site⟩, OTDR says 14.2 km from ⟨site⟩", "anyone at the ⟨site⟩ POP today? need "
    "hands to reseat the SFP in 0/1/0", "MW tonight 00:00–04:00 CEST: ⟨chg⟩ IOS-XR upgrade on ⟨host⟩",
    "3 sites on battery in Finnmark after the power cut, ETA generator 2 h", "⟨who⟩ can you take ⟨inc⟩? I'm "
    "on the RAN escalation", "who's on L2 tonight?", "handover in 10 min in ⟨chan⟩", "customer confirms service "
    "restored, closing ⟨inc⟩", "CRC errors rising on ⟨gi⟩ at ⟨host⟩, probably dirty patch", "rx power ⟨dbm⟩ dBm "
    "on ⟨xe⟩, that's below the -24 threshold", "light level looks fine now (⟨dbm⟩ dBm) after cleaning both ends",
    "did anyone touch ⟨host⟩? config diff in oxidized at 02:14", "rollback done, commit confirmed expired as "
    "planned", "power alarm at ⟨site⟩, rectifier 2 of 3 failed", "ticket with Telia: case 24-118273, ETA 4 h",
    "BFD flaps every ~40 s on ⟨xe⟩, LDP stays up", "RR1 and RR2 both see the route, PE doesn't. policy?",
    "Linja er oppe igjen 👍", "Noen som har nøkkel til hytta på ⟨site⟩-masta?", "Strømbrudd i Alta, sites på "
    "batteri", "Vi har fått melding om fiberbrudd ved Fauske, feltteam er på vei", "Takk for hjelpen i natt!",
    "Kan någon kolla larmet på ⟨host⟩?", "Tack, det funkar nu", "Zgłoszenie ⟨inc⟩ zamknięte, klient potwierdził",
    "Czy ktoś widzi flapy na ⟨xe⟩ w ⟨host⟩?", "Dzięki, już działa 🙏", "Alguém pode validar o BGP com o ⟨peer⟩?",
    "Obrigado pessoal, até amanhã", "el enlace con ⟨site⟩ sigue caído desde las 04:10",
    "Der Uplink zu ⟨host⟩ flappt schon wieder", "⟨inc⟩ पर अपडेट: vendor से RMA आ गया, कल install करेंगे",
    "ধন্যবাদ", "நன்றி, இப்போது வேலை செய்கிறது", "Дякую, лінк піднявся", "Коллеги, на ⟨host⟩ растут CRC",
    "تم إغلاق التذكرة ⟨inc⟩ بعد تأكيد العميل", "⟨host⟩ の光レベルが低いです（⟨dbm⟩ dBm）", "Đã kiểm tra xong, link "
    "ổn rồi", "Giitu! Buorre beaivi 🌞", "Kuitu poikki ⟨site⟩:n lähellä, kenttä matkalla", "Tak for i dag",
    "Salamat po!", "Teşekkürler, ⟨inc⟩ kapatıldı", "kantina har taco i dag 🌮", "kaffemaskinen i 3. etg er død "
    "igjen ☕💀", "who took the 10G LR optics from the spares cabinet? we're at 0", "wind 22 m/s on ⟨site⟩, no "
    "climbing today, rescheduled to Fri", "icing on the mast, climb postponed ❄️", "the ⟨site⟩ shelter door "
    "code changed, it's in the site notes in NetBox", "LGTM, ship it", "+1", "same here", "nvm, found it",
    "brb", "restarting the poller, shout if you object", "🎉 zero P1s this week", "can we stop doing changes on "
    "Fridays pls", "heads up: RIPE NCC maintenance on the RPKI validators tonight", "RPKI invalids for "
    "⟨pfx⟩ from ⟨peer⟩, filtered as expected", "IRR object updated (AS-FJORDNETT), give it ~1h",
    "who owns ⟨pfx⟩? not in NetBox", "BNG session count back to normal (~212k)", "GPON port 0/1/⟨d⟩ at "
    "⟨host⟩: 14 ONTs dying-gasp, looks like a power cut in the area", "DHCP relay to ⟨ip⟩ times out from "
    "VLAN ⟨vlan⟩", "customer's CPE MAC is ⟨macc⟩, can you check the lease?", "please call the customer "
    "back on +47 ⟨phone⟩ after 16:00", "Vendor TAC SR 694⟨n⟩⟨n⟩ opened, sev 2", "spare RSP880 shipped from "
    "OSL, tracking in ⟨inc⟩", "prefix limit hit on ⟨peer⟩ session (1000/1000), contacted them",
    "≈ 4.2 Gbps shifted to ⟨peer⟩, 95th percentile will look ugly this month 😅",
    "RFO draft for ⟨inc⟩ is in ⟨link⟩, comments by 14:00 please", "graphs: ⟨link⟩", "see ⟨link⟩",
]
LONG_MESSAGES = [
    "*Incident update* ⟨inc⟩ (⟨clock⟩ CEST)\n• Impact: ~1,200 FTTH customers in ⟨place⟩ without service\n• Cause: "
    "fibre cut (digger), OTDR ⟨n⟩.4 km from ⟨site⟩\n• Field ETA: 45 min, splicing crew booked\n• Next update: "
    "⟨clock⟩\ncc ⟨who⟩ ⟨who⟩",
    "*Planned maintenance* ⟨chg⟩\nWindow: 2024-06-13 00:00–04:00 CEST (22:00–02:00 UTC)\nDevices: ⟨host⟩, ⟨host⟩\n"
    "Work: IOS-XR 7.9.2 → 7.11.2, SMUs, FPD upgrade\nImpact: up to 2 × 5 min per PE, traffic drained via ISIS "
    "overload-bit\nRollback: boot previous image, ~20 min\nOwner: ⟨who⟩",
    "Oncall handover :wave:\n```\nopen:   ⟨inc⟩ (LOS ⟨xe⟩ at ⟨host⟩, field dispatched)\n        ⟨inc⟩ (BGP "
    "⟨peer⟩ Idle, waiting for peer)\nclosed: ⟨inc⟩, ⟨inc⟩\nchanges tonight: ⟨chg⟩ (⟨host⟩)\n```\nnothing paged "
    "after 02:00 🎉",
    "Site visit report ⟨site⟩ (⟨date⟩)\n1. Replaced PSU2 (PWR-C1-715WAC), old one RMA'd\n2. Cleaned and re-seated "
    "⟨gi⟩, rx now ⟨dbm⟩ dBm\n3. Door lock broken, reported to facilities\n4. Coordinates: ⟨coords⟩\nPhotos in the "
    "thread 👇",
    "> From: peering@nordix.example\n> Subject: Re: Peering request AS64512\n> We'd be happy to peer at NORDIX "
    "Oslo. Our details:\n>   IPv4 ⟨pub⟩, IPv6 ⟨ip6⟩, AS⟨asn⟩, max-prefix 200/50\n\nI'll set it up in ⟨chg⟩, "
    "⟨who⟩ can you review the config?",
    "Maintenance notice from Telia (translated):\n\"Planlagt arbeid på fiberstrekning Bodø–Fauske, 2024-06-18 "
    "kl. 01:00–05:00. Forventet brudd: inntil 4 timer.\"\nAffected circuits: ⟨cid⟩, ⟨cid⟩ — both protected via "
    "the coastal ring, no customer impact expected.",
    "RFO summary ⟨inc⟩:\n- 03:12 ⟨host⟩ reloaded (Last reload reason: Critical software exception)\n- 03:14 ISIS "
    "re-converged, ~40 s of loss for single-homed customers\n- 03:55 TAC SR opened, core dump uploaded (2.1 GB)\n"
    "- Root cause: known bug, fixed in 7.11.2 → planned in ⟨chg⟩",
    "Reminder about *commit confirmed*: on Junos use `commit confirmed 5`, on IOS-XR `commit confirmed 300`, and "
    "on IOS `configure replace ... time 5`. Yesterday's outage would have been 5 minutes instead of 50. 🙏",
    "Spørsmål om vakt i juli:\n- Uke 28: ⟨who⟩\n- Uke 29: ⟨who⟩ / ⟨who⟩ (delt)\n- Uke 30: ingen ennå!\nGi "
    "beskjed innen fredag 😊",
    "Hej! Vi i Gdańsk-zmianie przejmujemy od 22:00. Lista otwartych: ⟨inc⟩, ⟨inc⟩. Pytania → ⟨chan⟩",
    "Weather for tomorrow's climbs (yr.no): ⟨place⟩ 14 m/s gusts 21, ⟨place⟩ 8 m/s, ⟨place⟩ snow showers. "
    "Limit is 15 m/s sustained, so ⟨site⟩ is a no-go.",
    "Capacity report (week 24):\n| link | p95 in | p95 out | util |\n|---|---|---|---|\n| ⟨host⟩ ⟨xe⟩ | 71.2 "
    "Gb/s | 38.4 Gb/s | 71 % |\n| ⟨host⟩ Hu0/0/0/1 | 44.0 Gb/s | 52.9 Gb/s | 53 % |\nUpgrade request in "
    "⟨chg⟩.",
]
CLI_PREFIX = ["", "", "", "", "hmm ", "seeing this on ⟨host⟩:\n", "any idea? ", "⟨who⟩ ", "fyi\n", "from the "
              "jump host:\n", "output:\n", "ser dette nå:\n", "Sjekk denne:\n", "co o tym myślicie?\n",
              "olhem isto:\n", "यह देखिए:\n", "これ見てください：\n", "this is what I get:\n", "before the change:\n",
              "after the change:\n", "proposed config for ⟨chg⟩:\n", "current state ⟨inc⟩:\n", "is this expected? "]
CLI_SUFFIX = ["", "", "", "", "\nthoughts?", "\nhalp 😅", "\nlooks like the optic", "\nok after clear counters",
              "\ncc ⟨who⟩", "\n(from ⟨site⟩ site laptop)", "\nrx is way too low", "\nthe Init adjacency is the "
              "problem", "\nsorry for the wall of text", "\nwill open a TAC case", "\nDenne må fikses før MW.",
              "\nLogi z nocy w wątku", "\n👀", "\n⟨inc⟩", "\nupdated the runbook: ⟨link⟩"]
BOT_COMMANDS = ["weather", "weather ⟨place⟩", "weather ⟨place⟩ tomorrow", "wether ⟨place⟩", "weather in "
                "⟨place⟩ please", "remember location ⟨place⟩", "my location", "forget location", "help", "config",
                "config timezone ⟨tz⟩", "config tz ⟨tz⟩", "config alert_time ⟨hhmm⟩", "config units metric",
                "config units imperial", "alerts on", "alerts off", "login", "forget me", "hei", "hi jeeves 👋",
                "været i ⟨place⟩?", "pogoda ⟨place⟩", "tempo em ⟨place⟩", "weather ⟨coords⟩",
                "remember location ⟨place⟩ (site ⟨site⟩)", "weather ⟨place⟩ — climb at 14:00, limit 15 m/s",
                "config alert_time 05:30", "config timezone Europe/Oslo", "Weather Hammerfest", "alerts on pls"]
# What people type after `/jeeves` when the terminal was meant (or when they want the weather at a site).
COMMAND_CLI = ["show ip bgp summary", "sh int ⟨gi⟩ | i error", "ping ⟨ip⟩ source lo0 count 5",
               "show route ⟨pfx⟩ exact", "traceroute ⟨pub⟩", "show interfaces ⟨xe⟩ terse", "sh run | s router bgp",
               "weather ⟨site⟩ ⟨xe⟩ pls", "weather ⟨place⟩ | grep wind", "remember location ⟨place⟩ # site ⟨site⟩",
               "weather ⟨place⟩ && weather ⟨place⟩", "show log | last 50", "display interface brief | include down",
               "ip -br a", "ssh ⟨host⟩", "config timezone Europe/Oslo; alerts on", "weather \"⟨place⟩\"",
               "weather ⟨place⟩ > /dev/null", "show mac address-table | inc ⟨mac⟩", "help me with ⟨inc⟩",
               "weather ⟨coords⟩ (mast ⟨site⟩-0412)", "show bgp neighbor ⟨pub⟩ | include state|prefixes",
               "get ⟨oid⟩ from ⟨host⟩", "remember location ⟨place⟩, ⟨site⟩ rack 04/U22"]


def fold(text: str) -> str:
    """A name as it appears in e-mail addresses and handles."""
    out = "".join(ASCII_FOLD.get(c, c) for c in text)
    out = unicodedata.normalize("NFKD", out).encode("ascii", "ignore").decode()
    return out.lower().replace(" ", "")


class Noc(WebApp):
    """The operator, its people and one seeded random source; each method makes one kind of request."""

    prefix = "evaluation_twentieth-benign"
    epoch = EPOCH
    team, app_id, bot_user, verify_token = TEAMS[0][0], APP_ID, BOT_USER, VERIFY_TOKEN
    ts_window = event_window = (0, 14 * 3600)
    context_bytes, enterprise, ext_shared_rate = 30, ENTERPRISE, 0.05
    oauth_audience_rate, oauth_body_secret_rate = 0.25, 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(180):
            first, last = self.pick(FIRST), self.pick(LAST)
            local = f"{fold(first)}.{fold(last)}"
            if "'" in local and self.chance(0.6):
                local = local.replace("'", "")
            team, domain = TEAMS[0] if i < 70 else TEAMS[1] if i < 140 else TEAMS[2]
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "team": team, "domain": domain,
                                "handle": local.replace("'", "") + (str(i) if i % 9 == 0 else ""),
                                "email": f"{local}@fjordnett.no", "tz": self.pick(TIMEZONES)})
        self.fillers: dict[str, Callable[[], str]] = {
            "host": self.hostname, "site": lambda: self.pick(SITES), "sitel": lambda: self.pick(SITES).lower(),
            "ip": self.ipv4, "pub": self.pub4, "p2p": self.p2p, "pfx": self.prefix4, "ip6": self.ipv6,
            "pfx6": self.prefix6, "ll6": self.ll6, "mac": self.mac_cisco, "macc": self.mac_colon, "gi": self.cisco_if,
            "xe": self.junos_if, "vlan": lambda: str(self.rng.choice([10, 20, 100, 110, 200, 210, 310, 666, 1001,
                                                                      2040, 3999])),
            "asn": lambda: str(self.rng.choice([64512, 64513, 65010, 65020, 65101, 64600, 4200000101, 13335, 15169,
                                                2119, 1299, 3356, 8674, 39029])),
            "oid": lambda: self.pick(OIDS), "inc": lambda: f"INC00{self.rng.randint(41000, 49999)}",
            "chg": lambda: f"CHG00{self.rng.randint(12000, 13999)}", "cid": self.circuit,
            "n": lambda: str(self.rng.randint(1, 48)), "d": lambda: str(self.rng.randint(1, 8)),
            "big": lambda: str(self.rng.randint(10**6, 10**13)), "dbm": self.dbm, "clock": self.clock,
            "syslogdate": self.syslogdate, "isodate": self.isodate, "date": self.date, "user": self.unix_user,
            "peer": lambda: self.pick(PEERS), "place": lambda: self.pick(PLACES), "tz": lambda: self.pick(TIMEZONES),
            "hhmm": self.hhmm, "coords": self.coords,
            "ran": lambda: f"{self.pick(SITES)[:3]}{self.rng.randint(100, 999)}",
            "phone": lambda: f"{self.rng.randint(400, 999)} {self.rng.randint(10, 99)} {self.rng.randint(100, 999)}",
        }

    # ---- network values --------------------------------------------------------------------------------
    def hostname(self) -> str:
        role, site = self.pick(ROLES), self.pick(SITES).lower()
        if role in ("asw", "olt", "csr"):
            return f"{role}-{site}-{self.rng.randint(1, 40):02d}"
        return f"{role}-{site}"

    def ipv4(self) -> str:
        roll = self.rng.random()
        if roll < 0.6:
            return f"10.{self.rng.randint(0, 99)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
        if roll < 0.8:
            return f"100.{self.rng.randint(64, 127)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
        return f"172.{self.rng.randint(16, 31)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def pub4(self) -> str:
        net = self.pick(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{self.rng.randint(1, 254)}"

    def p2p(self) -> str:
        return f"10.255.{self.rng.randint(0, 40)}.{self.rng.randrange(0, 256, 2) + self.rng.randint(0, 1)}"

    def prefix4(self) -> str:
        return self.pick([f"10.{self.rng.randint(0, 99)}.{self.rng.randrange(0, 256, 4)}.0/22",
                          f"100.{self.rng.randint(64, 127)}.0.0/16", "100.64.0.0/10", "10.0.0.0/8",
                          f"203.0.113.{self.rng.randrange(0, 256, 64)}/26", "198.51.100.0/24", "192.0.2.0/24",
                          f"172.{self.rng.randint(16, 31)}.{self.rng.randint(0, 255)}.0/24"])

    def ipv6(self) -> str:
        return f"2001:db8:{self.rng.randint(0, 0xffff):x}:{self.rng.randint(0, 0xfff):x}::{self.rng.randint(1, 0xff):x}"

    def prefix6(self) -> str:
        return self.pick([f"2001:db8:{self.rng.randint(0, 0xffff):x}::/48", "2001:db8::/32",
                          f"2001:db8:{self.rng.randint(0, 0xffff):x}:{self.rng.randint(0, 0xff):x}00::/56"])

    def ll6(self) -> str:
        return f"FE80::{self.hexs(4).upper()}:{self.hexs(2).upper()}FF:FE{self.hexs(2).upper()}:{self.hexs(4).upper()}"

    def mac_cisco(self) -> str:
        return f"{self.hexs(4)}.{self.hexs(4)}.{self.hexs(4)}"

    def mac_colon(self) -> str:
        sep = self.pick([":", ":", "-"])
        octets = [self.hexs(2) for _ in range(6)]
        text = sep.join(octets)
        return text.upper() if sep == "-" else text

    def cisco_if(self) -> str:
        return self.pick([f"Gi1/0/{self.rng.randint(1, 48)}", f"GigabitEthernet0/0/{self.rng.randint(0, 3)}",
                          f"Te0/1/{self.rng.randint(0, 7)}", f"TenGigE0/0/0/{self.rng.randint(0, 19)}",
                          f"HundredGigE0/0/1/{self.rng.randint(0, 3)}", f"Hu0/0/0/{self.rng.randint(0, 5)}",
                          f"Bundle-Ether{self.rng.randint(1, 40)}", f"Po{self.rng.randint(1, 12)}",
                          f"Gi0/{self.rng.randint(0, 3)}", f"Te1/1/{self.rng.randint(1, 4)}"])

    def junos_if(self) -> str:
        return self.pick([f"xe-0/0/{self.rng.randint(0, 47)}", f"xe-{self.rng.randint(0, 5)}/{self.rng.randint(0, 3)}"
                          f"/{self.rng.randint(0, 9)}", f"et-{self.rng.randint(0, 3)}/0/{self.rng.randint(0, 5)}",
                          f"ge-0/0/{self.rng.randint(0, 23)}.{self.rng.randint(100, 900)}",
                          f"ae{self.rng.randint(0, 20)}", f"irb.{self.rng.randint(10, 400)}", "lo0.0"])

    def circuit(self) -> str:
        return self.pick([f"FJN-ETH-{self.rng.randint(1, 9999):06d}",
                          f"NNI-{self.pick(SITES)}-{self.rng.randint(1, 99):04d}",
                          f"TELIA-{self.rng.randint(10**6, 10**7)}",
                          f"DF/{self.pick(SITES)}/{self.rng.randint(1, 300)}"])

    def dbm(self) -> str:
        return f"-{self.rng.randint(1, 30)}.{self.rng.randint(0, 99):02d}"

    def clock(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def syslogdate(self) -> str:
        return f"Jun {self.rng.randint(10, 12)} {self.clock()}.{self.rng.randint(0, 999):03d}"

    def isodate(self) -> str:
        return f"2024-06-{self.rng.randint(1, 12):02d}T{self.clock()}+0200"

    def date(self) -> str:
        d = self.rng.randint(1, 12)
        return self.pick([f"2024-06-{d:02d}", f"{d:02d}.06.2024", f"{d}/6/2024", f"{d} juni 2024", f"Jun {d}"])

    def hhmm(self) -> str:
        return f"{self.rng.choice([5, 6, 6, 7, 7, 8, 12, 16, 21]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def coords(self) -> str:
        lat, lon = self.rng.uniform(58.0, 71.1), self.rng.uniform(5.0, 30.9)
        return self.pick([f"{lat:.4f},{lon:.4f}", f"{lat:.5f}, {lon:.5f}", f"{lat:.3f}°N {lon:.3f}°E"])

    def unix_user(self) -> str:
        return self.pick(self.people)["handle"].split(".")[0][:12] or "noc"

    # ---- text --------------------------------------------------------------------------------------------
    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text the markup (&, <, >) escaped and mentions, channels and links in
        Slack's own <...> form; elsewhere @handles, #channels and plain links."""
        same: dict[str, str] = {}

        def value(m: re.Match[str]) -> str:
            name, tag = m.group(1), m.group(2)
            if name in ("who", "chan", "link"):
                return m.group(0)
            if tag:
                if m.group(0) not in same:
                    same[m.group(0)] = self.fillers[name]()
                return same[m.group(0)]
            return self.fillers[name]()

        out = re.sub(r"⟨(\w+)(:\d)?⟩", value, text)
        if slack:
            out = slack_escape(out)
        while "⟨who⟩" in out:
            p = self.pick(self.people)
            out = out.replace("⟨who⟩", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "⟨chan⟩" in out:
            cid, name = self.pick(CHANNELS)
            out = out.replace("⟨chan⟩", f"<#{cid}|{name}>" if slack else "#" + name, 1)
        while "⟨link⟩" in out:
            link = self.pick(LINKS)
            out = out.replace("⟨link⟩", f"<{slack_escape(link)}>" if slack else link, 1)
        return out

    def cli_paste(self) -> str:
        """A CLI session or a config as pasted: fenced or not, with a few words around it."""
        body = self.pick(CLI_SESSIONS) if self.chance(0.68) else self.pick(CONFIGS)
        fence = self.pick(["```\n", "```\n", "```\n", "```", ""])
        lang = ""
        if fence and body.startswith(("- ", "network:", "all:")):
            lang = "yaml"
        elif fence and body.startswith("{"):
            lang = "json"
        code = f"```{lang}\n{body}\n```" if fence else body
        return self.pick(CLI_PREFIX) + code + self.pick(CLI_SUFFIX)

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.78:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.15):
                text = self.pick(["⟨who⟩ ", "<!here> ", "hey ⟨who⟩, ", "<!channel> "]) + text
        else:
            text = self.pick(LONG_MESSAGES)
        if self.chance(0.1):  # phone keyboards: curly quotes and dashes
            text = text.replace("'", "’").replace(" - ", " – ")
        return self.slack_text(text)

    def slack_text(self, text: str) -> str:
        out = self.fill(text.replace("<!here>", "\x01H").replace("<!channel>", "\x01C"))
        return out.replace("\x01H", "<!here>").replace("\x01C", "<!channel>")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    # ---- Slack ---------------------------------------------------------------------------------------------
    def person(self) -> dict[str, str]:
        return self.pick(self.people)

    def blocks(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text for a message: sections and preformatted code, the raw (unescaped) text."""
        elements: list[dict[str, Any]] = []
        for code, part in self.fenced_parts(text):
            if code:
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": part.strip("\n")}]})
            else:
                inner: list[dict[str, Any]] = []
                for piece in re.split(r"(<@U[0-9A-Z]+>)", part):
                    if piece.startswith("<@U"):
                        inner.append({"type": "user", "user_id": piece[2:-1]})
                    elif piece:
                        inner.append({"type": "text", "text": piece})
                elements.append({"type": "rich_text_section", "elements": inner})
        return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": elements}]

    def message_event(self, text: str, channel: str, channel_type: str, mention: bool = False,
                      thread: bool = False) -> tuple[dict[str, Any], str]:
        user = self.person()
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": text, "user": user["id"], "ts": ts, "team": user["team"],
                                 "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if thread or self.chance(0.12):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.person()["id"]
        return event, user["team"]

    def event_request(self, event: dict[str, Any], team: str) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(0.15))
        return self.slack_request("/slack/events", body)

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event, team = self.message_event(self.chat_text(), cid, "channel")
        return self.record("slack-chat", "json", self.event_request(event, team))

    def slack_cli(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS[:15])
        event, team = self.message_event(self.slack_text(self.cli_paste()), cid, "channel")
        return self.record("slack-cli", "json", self.event_request(event, team))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        text = self.slack_text(self.cli_paste()) if self.chance(0.4) else self.chat_text()
        event, team = self.message_event(text, cid, "channel", thread=True)
        if self.chance(0.2):
            event["subtype"] = "thread_broadcast"
        return self.record("slack-thread", "json", self.event_request(event, team))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.5:
            text = f"<@{BOT_USER}> " + self.command_text()
        elif roll < 0.75:
            text = f"<@{BOT_USER}> " + self.pick(["what does this mean? ", "", "can you log this? ", "pls "]) \
                + self.slack_text(self.cli_paste())
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"hei <@{BOT_USER}>, "]) + self.chat_text()
        event, team = self.message_event(text, cid, "channel", mention=True)
        return self.record("slack-mention", "json", self.event_request(event, team))

    def slack_dm(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.6:
            text = self.command_text()
        elif roll < 0.85:
            text = self.slack_text(self.cli_paste())
        else:
            text = self.chat_text()
        event, team = self.message_event(text, self.sid("D0", 9), "im")
        return self.record("slack-dm", "json", self.event_request(event, team))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        text = self.slack_text(self.cli_paste()) if self.chance(0.4) else self.chat_text()
        old, team = self.message_event(text, cid, "channel")
        new = dict(old, text=old["text"] + self.pick([" (edit: wrong interface)", " *", "", " — nvm, fixed",
                                                      "\n\nEDIT: it was the patch cable"]),
                   edited={"user": old["user"], "ts": self.ts()})
        for key in ("channel", "channel_type", "event_ts"):
            new.pop(key, None)
        event = {"type": "message", "subtype": "message_changed", "message": new,
                 "previous_message": self.inner(old),
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event, team))

    def slack_bot(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS[:14])
        host, xe, n = self.hostname(), self.junos_if(), self.rng.randint(1000, 999999)
        texts = {
            "librenms": f":red_circle: *Alert* Port status down — {host} {xe} (CORE: {self.hostname()} "
                        f"{self.cisco_if()}) <https://librenms.noc.fjordnett.net/device/device={n % 900}/tab=alerts/"
                        f"|#{n}>",
            "zabbix": f"Problem: Interface {xe}(Core to {self.hostname()}): Link down\nProblem started at "
                      f"{self.clock()} on 2024.06.12\nHost: {host} ({self.ipv4()})\nSeverity: High\nOperational "
                      f"data: Current state: down\nOriginal problem ID: {n}",
            "alertmanager": f"[FIRING:2] InterfaceErrors (instance=\"{host}\" ifName=\"{xe}\" severity=\"critical\")\n"
                            f"rate(ifInErrors[5m]) = {self.rng.randint(2, 400)}",
            "oxidized": f"Config change on *{host}* by {self.unix_user()}\n```\n@@ -112,7 +112,7 @@\n interface "
                        f"{self.cisco_if()}\n- description RESERVED\n+ description CUST-{n % 9000} "
                        f"[{self.circuit()}]\n  switchport access vlan {self.rng.randint(100, 3999)}\n```",
            "pagerduty": f"*Triggered* #{n}: [P2] BGP session {self.pick(PEERS)} down on {host} "
                         f"<https://fjordnett.pagerduty.com/incidents/Q{self.hexs(6).upper()}|View>",
            "gitlab": f"Pipeline #{n} passed for netops/ansible@main (`{self.hexs(8)}`): lint ✅ batfish ✅ "
                      f"dry-run {self.rng.randint(10, 400)} devices ✅",
            "atlas": f"RIPE Atlas: packet loss {self.rng.randint(3, 40)}% towards {self.pub4()} from "
                     f"{self.rng.randint(2, 30)} probes (AS64512)",
        }
        source = self.pick(list(texts))
        text = slack_escape(texts[source])
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:80], "color": self.pick(["d50200", "2eb886", "daa038"]),
                                  "footer": source, "ts": EPOCH + n % 50000}]}
        return self.record("slack-botmsg", "json", self.event_request(event, self.pick(TEAMS)[0]))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick([f"{self.hostname()}_show_tech_2024-06-12.txt", "IMG_20240612_101412.jpg",
                          "otdr-trace BGO-FYL.sor", "rack-04-U22 før og etter.png", "site-survey ALF1 (rev 3).pdf",
                          "capture-snmp.pcapng", "core-topology v14.drawio.png", "bgp_summary.txt",
                          "schemat sieci – Gdańsk.vsdx", "MW-plan CHG0012731.xlsx",
                          "Screenshot 2024-06-12 at 03.14.07.png"])
        text = self.slack_text(self.pick(["", "", "see attached", "show tech from ⟨host⟩", "bilder fra ⟨site⟩ 📸",
                                          "OTDR trace, event at ⟨n⟩.2 km", "pcap from ⟨ip⟩, filter udp port 161",
                                          "zdjęcia z ⟨site⟩"]))
        event, team = self.message_event(text, cid, "channel")
        event["subtype"] = "file_share"
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "name": name, "title": name,
                           "mimetype": self.pick(["text/plain", "image/png", "image/jpeg", "application/pdf",
                                                  "application/vnd.tcpdump.pcap"]),
                           "filetype": name.rsplit(".", 1)[-1].lower(), "size": self.rng.randint(2000, 40_000_000),
                           "url_private": f"https://files.slack.com/files-pri/{team}-{fid}/" + urllib.parse.quote(name),
                           "permalink": f"https://fjordnett.enterprise.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        return self.record("slack-file", "json", self.event_request(event, team))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        links = [{"url": link, "domain": urllib.parse.urlsplit(link).hostname or ""}
                 for link in self.rng.sample(LINKS, self.rng.randint(1, 2))]
        user = self.person()
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True, "user": user["id"],
                 "message_ts": self.ts(), "unfurl_id": f"{self.ts()}.{self.hexs(8)}", "source": "conversations_history",
                 "links": links, "event_ts": self.ts()}
        return self.record("slack-unfurl", "json", self.event_request(event, user["team"]))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        user = self.person()
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]), "user": user["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "+1", "fire", "rotating_light", "pray", "ack",
                                        "tada", "thumbsup::skin-tone-3", "heavy_plus_sign", "takk", "dzieki"]),
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "item_user": self.person()["id"],
                 "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.event_request(event, user["team"]))

    def slack_home(self) -> dict[str, Any]:
        user = self.person()
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.sid("D0", 9),
                                 "tab": self.pick(["home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": user["team"], "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": []}
        return self.record("slack-home", "json", self.event_request(event, user["team"]))

    def command_fields(self, text: str) -> list[tuple[str, str]]:
        user = self.person()
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 5)
        return [("token", VERIFY_TOKEN), ("team_id", user["team"]), ("team_domain", user["domain"]),
                ("enterprise_id", ENTERPRISE), ("enterprise_name", "Fjordnett"), ("channel_id", cid),
                ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                ("response_url", self.hook("commands", user["team"])), ("trigger_id", self.trigger())]

    def slash_command(self) -> dict[str, Any]:
        body = urllib.parse.urlencode(self.command_fields(self.command_text()))
        return self.record("command", "form", self.slack_request("/slack/commands", body, form=True))

    def slash_command_cli(self) -> dict[str, Any]:
        body = urllib.parse.urlencode(self.command_fields(self.fill(self.pick(COMMAND_CLI))))
        return self.record("command-cli", "form", self.slack_request("/slack/commands", body, form=True))

    def interaction(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record(kind, "form", self.slack_request("/slack/interactions", body, form=True))

    def payload_base(self, kind: str) -> tuple[dict[str, Any], dict[str, str]]:
        user = self.person()
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": user["team"]},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN, "trigger_id": self.trigger(),
                "team": {"id": user["team"], "domain": user["domain"], "enterprise_id": ENTERPRISE,
                         "enterprise_name": "Fjordnett"},
                "enterprise": {"id": ENTERPRISE, "name": "Fjordnett"}, "is_enterprise_install": False}, user

    def button_click(self) -> dict[str, Any]:
        payload, user = self.payload_base("block_actions")
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.7:
            action = {"action_id": "set_location", "block_id": self.token(3)[:5], "value": self.pick(PLACES),
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "style": "danger", "value": "-",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5], "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                      "is_ephemeral": True},
                        "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                        "response_url": self.hook("actions", user["team"]), "actions": [action]})
        return self.interaction("interaction-button", payload)

    def modal_submit(self) -> dict[str, Any]:
        payload, user = self.payload_base("view_submission")
        callback = self.pick(["site_access_request", "maintenance_notice", "handover_note", "field_report"])
        notes = self.fill(self.cli_paste() if self.chance(0.7) else self.pick(CHAT), slack=False)
        values: dict[str, Any] = {
            "site": {"site_input": {"type": "plain_text_input", "value": f"{self.pick(SITES)} / {self.hostname()}"}},
            "ticket": {"ticket_input": {"type": "plain_text_input", "value": self.fill(self.pick(["⟨inc⟩", "⟨chg⟩",
                                                                                                   "⟨inc⟩, ⟨chg⟩"]))}},
            "window": {"window_date": {"type": "datepicker", "selected_date": f"2024-06-{self.rng.randint(12, 28)}"},
                       "window_time": {"type": "timepicker", "selected_time": self.hhmm()}},
            "impact": {"impact_select": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": "Customer impact: none expected", "emoji": True},
                "value": self.pick(["none", "degraded", "outage"])}}},
            "notes": {"notes_input": {"type": "plain_text_input", "value": notes}},
        }
        payload["view"] = {"id": self.sid("V0", 9), "team_id": user["team"], "type": "modal", "callback_id": callback,
                           "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0], "thread_ts": self.ts()}),
                           "title": {"type": "plain_text", "text": "NOC form"}, "blocks": [],
                           "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}",
                           "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        payload["response_urls"] = []
        return self.interaction("interaction-modal", payload)

    def message_shortcut(self) -> dict[str, Any]:
        payload, user = self.payload_base("message_action")
        cid, cname = self.pick(CHANNELS[:15])
        text = self.slack_text(self.cli_paste())
        payload.update({"callback_id": self.pick(["log_to_ticket", "save_snippet"]), "action_ts": self.ts(),
                        "message_ts": self.ts(), "channel": {"id": cid, "name": cname},
                        "message": {"type": "message", "user": self.person()["id"], "ts": self.ts(), "text": text},
                        "response_url": self.hook("app", user["team"])})
        return self.interaction("interaction-shortcut", payload)

    # ---- monitoring, automation and the data API -------------------------------------------------------------
    def jwt(self, client: str, scope: str, aud: str = "jeeves") -> str:
        header = {"alg": self.pick(["ES256", "ES256", "RS256"]), "typ": "at+jwt", "kid": self.token(16)}
        iat = EPOCH + self.rng.randint(0, 14 * 3600)
        claims = {"iss": BASE, "sub": client, "client_id": client, "aud": aud, "iat": iat, "nbf": iat,
                  "exp": iat + 900, "jti": self.uuid(), "scope": scope}
        return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                         b64url(json.dumps(claims, separators=(",", ":")).encode()), self.token(64)])

    def tracing(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.25:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"fjn={self.hexs(16)},dd=s:1;o:rum"
        elif roll < 0.35:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.42:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = ("sentry-environment=production,sentry-release=noc-tools%402.4.1,"
                            f"sentry-trace_id={self.hexs(32)}")
        elif roll < 0.5:
            h["X-Request-ID"] = self.uuid()
        elif roll < 0.55:
            h["X-Correlation-ID"] = f"zbx-{self.rng.randint(10**6, 10**8)}"

    def client_headers(self, client: str, scope: str = "read") -> dict[str, str]:
        agents = {"librenms-sync": "LibreNMS/24.5.0 (+https://www.librenms.org)", "zabbix-webhook": "Zabbix 6.4.15",
                  "grafana-noc": "Grafana/10.4.2", "netbox-sync": "python-requests/2.31.0",
                  "oxidized-hook": "Ruby", "awx-netops": "ansible-httpget", "nornir-audit": "python-httpx/0.27.0",
                  "prometheus-sd": "Prometheus/2.52.0", "telegraf-noc": "Telegraf/1.30.2 Go/1.22.2",
                  "ci-netops": "curl/8.5.0", "hr-sync": "okhttp/4.12.0",
                  "ps-oncall": "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; nb-NO) PowerShell/7.4.2"}
        h = {"User-Agent": agents.get(client, "Go-http-client/1.1"),
             "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, scope)}
        if self.chance(0.5):
            h["Accept-Encoding"] = self.pick(["gzip", "gzip, deflate", "gzip, deflate, br"])
        self.tracing(h)
        return h

    def net_params(self) -> list[tuple[str, str]]:
        """The filters a monitoring or automation tool puts on its query string."""
        pool: list[Callable[[], tuple[str, str]]] = [
            lambda: ("device", self.hostname()), lambda: ("hostname", f"{self.hostname()}.mgmt.fjordnett.net"),
            lambda: ("ip", self.ipv4()), lambda: ("mgmt_ip", self.ipv4() + "/32"), lambda: ("prefix", self.prefix4()),
            lambda: ("prefix", self.prefix6()), lambda: ("ipv6", self.ipv6()), lambda: ("ifName", self.junos_if()),
            lambda: ("ifName", self.cisco_if()), lambda: ("interface", self.pick(["GigabitEthernet0/0/1",
                                                                                  "Ethernet49/1", "1/1/c3/1",
                                                                                  "100GE1/0/1", "Eth-Trunk5",
                                                                                  "sfp-sfpplus1"])),
            lambda: ("ifAlias", f"CORE: {self.hostname()} {self.junos_if()} [{self.circuit()}]"),
            lambda: ("oid", self.pick(OIDS)), lambda: ("oids", ",".join(self.rng.sample(OIDS, 3))),
            lambda: ("metric", self.pick(OID_NAMES)), lambda: ("mac", self.mac_colon()),
            lambda: ("mac", self.mac_cisco()),
            lambda: ("vlan", str(self.rng.randint(2, 4094))), lambda: ("asn", f"AS{self.rng.randint(64512, 65534)}"),
            lambda: ("site", self.pick(SITES)), lambda: ("circuit", self.circuit()),
            lambda: ("filter", self.pick([r"^(xe|et|ge)-\d+/\d+/\d+(\.\d+)?$", r"^(Gi|Te|Hu)[0-9/]+$",
                                          r"^pe[12]-(osl|trd|bgo)\d$", r"(?i)core|uplink", r"^BE\d{1,3}$",
                                          r".*\[(FJN|NNI)-.*\]", r"^10\.(10|20)\.\d+\.\d+$", r"lo0\.0|Loopback0"])),
            lambda: ("exclude", self.pick([r".*(mgmt|fxp0|em0|me0).*", r"^(Null|Vlan1)$", r"^$", r"\.32767$"])),
            lambda: ("regex", self.pick([r"%LINK-3-UPDOWN|%LINEPROTO-5-UPDOWN", r"BGP.*(Down|Idle)",
                                         r"Interface (\S+), changed state to (up|down)"])),
            lambda: ("severity", self.pick(["High", "Disaster", "warning", "critical", "4", ">=3"])),
            lambda: ("trigger", f"Interface {self.junos_if()}(Core to {self.hostname()}): Link down"),
            lambda: ("event", self.pick(SYSLOG)), lambda: ("ticket", f"INC00{self.rng.randint(41000, 49999)}"),
            lambda: ("window", "2024-06-13T00:00:00+02:00/2024-06-13T04:00:00+02:00"),
            lambda: ("refId", self.pick(["A", "B", "C"])), lambda: ("intervalMs", self.pick(["15000", "60000"])),
            lambda: ("maxDataPoints", str(self.rng.choice([600, 1200, 1846]))),
            lambda: ("var-device", self.pick(["$__all", self.hostname(), "{pe1-osl2,pe2-osl2}"])),
            lambda: ("var-if", self.pick(["$__all", self.junos_if(), "xe-0/0/0|xe-0/0/1"])),
            lambda: ("sort", self.pick(["-last_seen", "ifName", "name,asc"])),
            lambda: ("fields", "id,name,email,settings"),
            lambda: ("q", self.pick(["noc-l2", "oncall", "field nord", "ø", "o'neill", "d'souza", "*@fjordnett.no",
                                     self.hostname(), self.ipv4()])),
        ]
        picks = self.rng.sample(pool, self.rng.randint(2, 6))
        return [p() for p in picks]

    def stats_range(self) -> list[tuple[str, str]]:
        d = self.rng.randint(1, 11)
        since = self.pick([f"2024-06-{d:02d}T00:00:00Z", f"2024-06-{d:02d}T00:00:00+02:00", f"2024-06-{d:02d}",
                           f"2024-06-{d:02d}T06:30:00.000+02:00"])
        out = [("since", since)]
        if self.chance(0.7):
            out.append(("until", "2024-06-12T23:59:59+02:00"))
        return out

    def query(self, params: list[tuple[str, str]]) -> str:
        encoded = urllib.parse.urlencode(params, safe=self.pick(["", "", "/:,", "/"]))
        return encoded

    def api_netmon(self) -> dict[str, Any]:
        client = self.pick(["librenms-sync", "zabbix-webhook", "grafana-noc", "netbox-sync", "oxidized-hook",
                            "awx-netops", "nornir-audit", "prometheus-sd", "telegraf-noc", "ps-oncall"])
        h = self.client_headers(client, self.pick(["read", "read", "read write"]))
        roll = self.rng.random()
        if roll < 0.35:
            params = [("limit", self.pick(["25", "50", "100", "500"]))] + self.net_params()
            if self.chance(0.4):
                params.append(("offset", str(self.rng.choice([0, 25, 50, 100]))))
            return self.record("api-netmon-users", "query", {"method": "GET", "body": "", "headers": h,
                                                             "uri": "/api/users?" + self.query(params)})
        if roll < 0.65:
            params = self.stats_range() + self.net_params()
            self.rng.shuffle(params)
            return self.record("api-netmon-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                             "uri": "/api/usage/stats?" + self.query(params)})
        if roll < 0.72:
            uri = f"/api/users/{self.rng.randint(1, 400)}"
            if self.chance(0.6):
                uri += "?" + self.query(self.net_params())
            return self.record("api-netmon-user", "query", self.get_request(uri, h))
        if roll < 0.86:
            doc = {"enabled": self.chance(0.5)}
            if self.chance(0.6):
                doc["team_id"] = self.pick(["*", TEAMS[0][0], TEAMS[1][0]])
            doc.update(self.maintenance_doc())
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8"])
            action = self.pick(["weather", "alerts", "remember_location", "config", "login"])
            return self.record("api-netmon-switch", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                             "headers": h, "body": json.dumps(doc, ensure_ascii=False)})
        person = self.person()
        doc2: dict[str, Any] = {}
        choice = self.rng.random()
        if choice < 0.4:
            doc2 = {"name": person["name"], "email": person["email"],
                    "settings": {"timezone": person["tz"], "alert_time": self.hhmm()}}
        elif choice < 0.6:
            doc2 = {"settings": {"units": "metric", "alerts": self.chance(0.7)}}
        else:  # NetBox sync sends what it has; the API answers 400 on the fields it does not know
            doc2 = {"name": person["name"], "email": person["email"],
                    "custom_fields": {"mgmt_ip": self.ipv4() + "/32", "site": self.pick(SITES),
                                      "phone": f"+47 {self.fillers['phone']()}", "oncall_group": "noc-l2",
                                      "devices": [self.hostname(), self.hostname()],
                                      "interfaces": [self.junos_if(), self.cisco_if()]},
                    "tags": [{"slug": "field-nord"}, {"slug": "ran"}]}
        h["Content-Type"] = self.pick(["application/json", "application/merge-patch+json"])
        uri = f"/api/users/{self.rng.randint(1, 400)}"
        return self.record("api-netmon-patch", "json", {"method": "PATCH", "uri": uri, "headers": h,
                                                        "body": json.dumps(doc2, ensure_ascii=self.chance(0.3))})

    def maintenance_doc(self) -> dict[str, Any]:
        host = self.hostname()
        roll = self.rng.random()
        if roll < 0.4:
            return {"reason": self.fill(f"⟨chg⟩: IOS-XR upgrade on {host}, window 00:00-04:00 CEST", slack=False),
                    "affected": {"devices": [host, self.hostname()], "interfaces": [self.junos_if(), self.cisco_if()],
                                 "prefixes": [self.prefix4(), self.prefix6()], "mgmt_ip": self.ipv4()}}
        if roll < 0.7:
            return {"comment": f"auto-disabled by awx job {self.rng.randint(20000, 30000)} "
                               f"(playbook maintenance.yml, --limit '{host}:&core')",
                    "window": {"start": "2024-06-13T00:00:00+02:00", "end": "2024-06-13T04:00:00+02:00"},
                    "filter": {"ifName": r"^(xe|et)-\d+/\d+/\d+$", "oid": self.pick(OIDS)}}
        return {"source": "zabbix", "event": {"id": self.rng.randint(10**6, 10**8), "host": host, "ip": self.ipv4(),
                                              "trigger": f"Interface {self.junos_if()}: Link down",
                                              "severity": "High", "opdata": "Current state: down (2)",
                                              "tags": [{"tag": "site", "value": self.pick(SITES)},
                                                       {"tag": "scope", "value": "availability"}]}}

    def api_plain(self) -> dict[str, Any]:
        client = self.pick(["ci-netops", "hr-sync", "grafana-noc", "awx-netops", "netbox-sync"])
        h = self.client_headers(client, self.pick(["read", "read write"]))
        roll = self.rng.random()
        if roll < 0.35:
            params = [("alerts", "true"), ("active", "true"), ("limit", "500"),
                      ("offset", str(self.rng.choice([0, 500, 1000])))]
            if self.chance(0.4):
                params = [("team_id", self.pick(TEAMS)[0]), ("limit", self.pick(["50", "100"]))]
            return self.record("api-users", "query", self.get_request("/api/users?" + self.query(params), h))
        if roll < 0.55:
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 400)}", h))
        if roll < 0.75:
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + self.query(self.stats_range())})
        if roll < 0.88:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        h2 = {"User-Agent": self.pick(["openapi-generator/7.6.0", "Postman/10.24.16", "Insomnia/2023.5.8"]),
              "Accept": "application/json"}
        return self.record("api-openapi", "header", {"method": "GET", "uri": "/api/openapi.json", "body": "",
                                                     "headers": h2})

    # ---- browsers: admin panel, /me/, Sign in with Slack ---------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
            "Safari/537.36 Edg/126.0.0.0",
            "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
            "Safari/605.1.15",
            "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
            "Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 13; S75) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 "
            "Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 Slack/24.06.10",
        ])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6,en;q=0.5", "nb,en;q=0.8",
                                           "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "pt-PT,pt;q=0.9,en;q=0.8",
                                           "en-IN,en;q=0.9,hi;q=0.8", "sv-SE,sv;q=0.9,en;q=0.8", "en-GB,en;q=0.9",
                                           "se-NO,nb-NO;q=0.8,en;q=0.5", "uk-UA,uk;q=0.9,en;q=0.7", "fi-FI,fi;q=0.9"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in ua and "Edg" not in ua:
            h["sec-ch-ua"] = '"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"'
        elif "Edg" in ua:
            h["sec-ch-ua"] = '"Microsoft Edge";v="126", "Chromium";v="126", "Not/A)Brand";v="8"'
        if "sec-ch-ua" in h:
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else '"Windows"'
        self.form_navigation(h, BASE, referer, form)
        if self.chance(0.1):
            h["DNT"] = "1"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.25) else []
        if self.chance(0.2):
            extra.append(("theme", self.pick(["dark", "light", "noc-wall"])))
        if self.chance(0.15):
            extra.append(("lang", self.pick(["nb", "pl", "en", "pt"])))
        return self.cookie_header(pairs, extra, shuffle=False)

    def admin_session(self, referer: str | None, form: bool = False) -> dict[str, str]:
        h = self.browser_headers(referer, form)
        h["Cookie"] = self.cookies(("__Host-jeeves_admin", self.token()))
        return h

    def admin_search(self) -> dict[str, Any]:
        person = self.person()
        q = self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                       person["email"].split("@")[0], person["id"], "@fjordnett.no", self.pick(TEAMS)[0],
                       person["name"].lower(), "o'neill", "ødegård", "odegard", "bjørnstad-ruud", "d'souza",
                       "nilsen-vik", "brzęczyszczykiewicz", "field", "noc", "contractor", "vendor-tac"])
        params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.2) else [])
        h = self.admin_session("/admin/users")
        return self.record("admin-user-search", "query", {"method": "GET", "body": "", "headers": h,
                                                          "uri": "/admin/users?" + urllib.parse.urlencode(params)})

    def admin_cli_search(self) -> dict[str, Any]:
        """What engineers paste into the users' and the audit log's search boxes."""
        where = self.pick(["/admin/users", "/admin/audit", "/admin/audit"])
        q = self.fill(self.pick([
            "⟨xe⟩", "⟨gi⟩", "⟨host⟩", "⟨ip⟩", "⟨pfx⟩", "⟨ip6⟩", "⟨mac⟩", "⟨macc⟩", "⟨inc⟩", "⟨chg⟩", "⟨cid⟩",
            "client.rotate librenms-sync", "feature.set weather ⟨site⟩", "login failed 10.9.4.17",
            "show users | include ⟨user⟩", "⟨host⟩#show run | i username", "sh log | i %SEC_LOGIN",
            "user.admin ⟨user⟩", "noc-l2@fjordnett.no", "*@fjordnett.no", "'⟨user⟩'", "\"Ola Nordmann\"",
            "ip=⟨ip⟩", "client_id=awx-netops", "2024-06-12 03:1*", "grep -i denied", "awx-netops OR netbox-sync",
            "description CUST-⟨n⟩ [⟨cid⟩]", "$ whoami", "PS C:\\> whoami /upn", "⟨user⟩@⟨host⟩>", "Gi1/0/* down",
            "route-map RM-CUST-IN", "AS64512:3100", "⟨oid⟩", "ifHCInOctets.⟨n⟩", "vlan ⟨vlan⟩ name CUST",
        ]), slack=False)
        params = [("q", q)] + ([("page", str(self.rng.randint(2, 4)))] if self.chance(0.15) else [])
        h = self.admin_session(where)
        return self.record("admin-cli-search", "query", {"method": "GET", "body": "", "headers": h,
                                                         "uri": where + "?" + urllib.parse.urlencode(params)})

    def admin_cli_note(self) -> dict[str, Any]:
        """An OAuth client created with a note: who runs it, from where, how (often a pasted command or config)."""
        client = self.pick(["librenms-sync", "zabbix-webhook.trd", "grafana-noc", "netbox-sync:prod",
                            "oxidized-hook", "awx-netops", "nornir-audit", "telegraf-noc.osl2", "ps-oncall",
                            f"poller-{self.pick(SITES).lower()}-{self.rng.randint(1, 4):02d}"])
        note = self.fill(self.pick([
            "Runs on jump01 (⟨ip⟩) every 5 min: `python3 sync.py --site ⟨site⟩ --since 1h | tee -a /var/log/sync.log`",
            "Owner #netops-automation. Reads users for on-call paging; token cached in /etc/noc/token (0600)",
            "AWX job template 214 \"maintenance switches\", --limit 'core:&⟨sitel⟩', runs in MW only",
            "Zabbix media type webhook; params: {ALERT.SUBJECT}, {HOST.IP}, {EVENT.ID}; proxy zbx-proxy-trd "
            "(⟨ip⟩)",
            "Grafana JSON datasource for the NOC wall; panels filter ifName=~\"^(xe|et)-.*\" and site=⟨site⟩",
            "Telegraf on ⟨host⟩ → [[outputs.http]] url = \"https://edge.fjordnett.no/api/usage/stats\"",
            "PowerShell on-call lookup: `Invoke-RestMethod -Uri $uri -Headers @{Authorization=\"Bearer $t\"} | "
            "Where-Object { $_.settings.alerts }`",
            "NetBox custom script sync_oncall.py; cron `*/15 * * * *` on netbox01; contact ⟨user⟩ (+47 ⟨phone⟩)",
        ]) if self.chance(0.45) else self.cli_paste(), slack=False)[:500]
        fields = [("csrf_token", self.token()), ("client_id", client), ("description", note), ("scopes", "read")]
        if self.chance(0.3):
            fields.append(("scopes", "write"))
        h = self.admin_session("/admin/clients", True)
        return self.record("admin-cli-note", "form", self.form_request("/admin/clients", h, fields))

    def admin(self) -> dict[str, Any]:
        csrf = self.token()
        roll = self.rng.random()
        if roll < 0.2:
            return self.admin_search()
        if roll < 0.32:
            h = self.admin_session("/admin/users?q=" + urllib.parse.quote(self.person()["name"]), True)
            person = self.person()
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                                           ("q", self.pick([person["name"], person["email"], "", "noc"])),
                                           ("page", str(self.rng.randint(1, 3)))])
            return self.record("admin-user-flag", "form", {"method": "POST", "headers": h, "body": body,
                                                           "uri": f"/admin/users/{self.rng.randint(1, 400)}/"
                                                                  f"{self.pick(['active', 'admin'])}"})
        if roll < 0.44:
            h = self.admin_session("/admin/features", True)
            uri = self.pick(["/admin/features", "/admin/features", "/admin/features/remove"])
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                   "login", "forget_me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAMS[0][0], TEAMS[1][0]]))]
            return self.record("admin-feature", "form", self.form_request(uri, h, fields))
        if roll < 0.7:
            h = self.admin_session(self.pick(["/admin/", "/admin/users", None]))
            page = self.pick(["/admin/", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
                              "/admin/slack-sign-in", "/admin/users?done=user_updated&q=noc&page=1",
                              "/admin/features?done=switch_updated", "/admin/audit?page=2",
                              "/admin/clients?done=client_disabled", "/admin/audit"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.8:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Faudit", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~|<>'\""
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 32)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/audit", "/admin/clients"])),
                      ("username", self.pick(["admin", "noc-lead", "kari.nordmann", "p.kowalski"])),
                      ("password", password), ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.9:
            client = self.pick(["librenms-sync", "grafana-noc", "awx-netops", "netbox-sync:prod", "telegraf-noc.osl2"])
            uri = f"/admin/clients/{urllib.parse.quote(client)}/" + self.pick(["rotate", "disable", "enable"])
            h = self.admin_session("/admin/clients", True)
            return self.record("admin-client-state", "form", self.csrf_post(uri, h, csrf))
        if roll < 0.95:
            h = self.admin_session("/admin/slack-sign-in", True)
            person = self.person()
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "noc-lead", "kari.nordmann"])),
                      ("team_id", person["team"]), ("user_id", person["id"])]
            return self.record("admin-slack-map", "form", self.form_request("/admin/slack-sign-in", h, fields))
        h = self.admin_session("/admin/account", True)
        uri, fields = self.pick([("/admin/account/totp/start", [("csrf_token", csrf)]),
                                 ("/admin/account/totp/confirm", [("csrf_token", csrf),
                                                                  ("code", f"{self.rng.randint(0, 999999):06d}")]),
                                 ("/admin/logout", [("csrf_token", csrf)])])
        return self.record("admin-account", "form", self.form_request(uri, h, fields))

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        boundary = self.form_boundary("firefox" if "Firefox" in ua else "webkit")
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            return self.record("me-page", "cookie", self.get_request(uri, h))
        if roll < 0.62:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            kind = "me-location"
            uri = "/me/location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.hhmm()), ("timezone", self.person()["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            kind = "me-settings"
            uri = "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
            kind = "me-action"
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        if kind != "me-action" and self.chance(0.3):
            body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
            return self.record(kind, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record(kind, "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.36:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-start", "query", self.get_request(uri, h))
        if roll < 0.6:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers())
            h["Referer"] = "https://fjordnett.enterprise.slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1, short=True)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.72:
            return self.record("auth-link-preview", "path", self.link_preview(link))
        if roll < 0.86:
            return self.record("auth-link", "path", self.link_visit(link, self.browser_headers()))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        body = urllib.parse.urlencode([("csrf_token", csrf)])
        return self.record("auth-link-post", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                      "headers": h, "body": body})

    # ---- TokenDealer, health, metadata -----------------------------------------------------------------------
    def oauth_headers(self, client: str) -> dict[str, str]:
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.5.0", "Go-http-client/2.0", "Zabbix 6.4.15",
                                      "Grafana/10.4.2", "ansible-httpget", "Telegraf/1.30.2 Go/1.22.2",
                                      "LibreNMS/24.5.0 (+https://www.librenms.org)",
                                      "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; nb-NO) "
                                      "PowerShell/7.4.2"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": self.pick([
                 "application/x-www-form-urlencoded", "application/x-www-form-urlencoded",
                 "application/x-www-form-urlencoded; charset=UTF-8"])}
        if self.chance(0.3):
            h["X-Poller"] = f"{client} ({self.ipv4()}, {self.pick(SITES)})"
        self.tracing(h)
        return h

    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["librenms-sync", "zabbix-webhook.trd", "grafana-noc", "netbox-sync:prod", "awx-netops",
                            "oxidized-hook", f"poller-{self.pick(SITES).lower()}-01", "telegraf-noc.osl2"])
        secret = self.token()
        h = self.oauth_headers(client)
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        extra: list[tuple[str, str]] = []
        if self.chance(0.45):  # what NMS plugins and AWX credentials add on their own
            extra = self.rng.sample([("resource", f"https://{HOST}:443/api/"), ("device", self.hostname()),
                                     ("poller_ip", self.ipv4()), ("site", self.pick(SITES)),
                                     ("interface", self.junos_if()), ("oid", self.pick(OIDS)),
                                     ("prefix", self.prefix4()), ("source", f"{self.hostname()}.mgmt.fjordnett.net"),
                                     ("job", f"awx/{self.rng.randint(20000, 30000)} --limit 'core:&oslo'")],
                                    self.rng.randint(1, 3))
        roll = self.rng.random()
        if roll < 0.55:
            fields = self.token_grant(client, secret, h, basic)
            uri = "/oauth/token"
            if self.chance(0.1):
                uri += "?" + urllib.parse.urlencode([("poller", client), ("ip", self.ipv4())])
            if self.chance(0.08):  # an Ansible uri task with body_format: json (TokenDealer answers 400)
                h["Content-Type"] = "application/json"
                return self.record("oauth-netmon-token-json", "json", {
                    "method": "POST", "uri": uri, "headers": h,
                    "body": json.dumps(dict(fields + extra), ensure_ascii=False)})
            return self.record("oauth-netmon-token" if extra else "oauth-token", "form", {
                "method": "POST", "uri": uri, "headers": h, "body": urllib.parse.urlencode(fields + extra)})
        token = self.jwt(client, "read")
        if roll < 0.72:
            h["Authorization"] = basic
            body = urllib.parse.urlencode([("token", token), ("token_type_hint", "access_token")] + extra)
            return self.record("oauth-netmon-introspect" if extra else "oauth-introspect", "form", {
                "method": "POST", "uri": "/oauth/introspect", "headers": h, "body": body})
        if roll < 0.82:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        fields = [("access_token", token)] + ([("audience", "jeeves")] if self.chance(0.4) else []) + extra
        return self.record("verify-token-netmon" if extra else "verify-token", "form", {
            "method": "POST", "uri": "/verify_token", "headers": h, "body": urllib.parse.urlencode(fields)})

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["Blackbox Exporter/0.25.0", "Zabbix", "check_http/v2.4.9 (monitoring-plugins 2.4.9)",
                            "Icinga/2.14.2", "kube-probe/1.29", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
                            "http://www.uptimerobot.com/)", "curl/8.5.0"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz", "/readyz"]), "body": "",
                                                    "headers": h})
        if roll < 0.72:
            h = {"User-Agent": self.pick(["Go-http-client/2.0", "lua-resty-http/0.17.1", "PyJWT/2.8.0",
                                          "jwks-rsa/3.1.0 (node)", "Grafana/10.4.2"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.5.0", "Authlib/1.3.1", "Grafana/10.4.2"]),
             "Accept": "application/json"}
        return self.record("oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/.well-known/oauth-authorization-server"})


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 250), ("slack_cli", 170), ("slack_thread", 60), ("slack_mention", 85), ("slack_dm", 70),
    ("slack_edit", 20), ("slack_bot", 40), ("slack_file", 18), ("slack_unfurl", 20), ("slack_reaction", 30),
    ("slack_home", 15), ("slash_command", 150), ("slash_command_cli", 55), ("button_click", 70), ("modal_submit", 35),
    ("message_shortcut", 15), ("api_netmon", 245), ("api_plain", 45), ("admin", 70), ("admin_cli_search", 32),
    ("admin_cli_note", 35), ("me", 70), ("sign_in", 45), ("tokendealer", 65), ("health", 40),
]


attacks = no_attacks


def _clean(rec: dict[str, Any]) -> dict[str, Any]:
    for key, value in rec["headers"].items():
        assert not any(c in value for c in "\r\n\x00"), (rec["id"], key)
        assert value.isascii(), (rec["id"], key)
    return rec


def benign() -> Iterator[dict[str, Any]]:
    """The NOC's day, kinds interleaved as they happen."""
    return (_clean(rec) for rec in planned(Noc(), PLAN, first="slack_verification"))


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
