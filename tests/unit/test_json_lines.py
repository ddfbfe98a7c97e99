"""The fakes' call log as tests read it while a fake is still writing."""

from __future__ import annotations

import json
from pathlib import Path

from app.fakes.common import CallLog
from servicekit.jsonlines import read_json_lines


def test_a_line_still_being_written_is_left_for_the_next_read(tmp_path: Path) -> None:
    log = CallLog(tmp_path / "logs" / "fake.jsonl")
    log.append({"method": "chat.postMessage", "args": {"text": "one"}})
    whole = json.dumps({"method": "response_url", "args": {"text": "Nothing was deleted."}}) + "\n"
    with log.path.open("a") as f:
        f.write(whole[:40])
    assert [c["args"]["text"] for c in read_json_lines(log.path)] == ["one"]
    with log.path.open("a") as f:
        f.write(whole[40:])
    assert [c["args"]["text"] for c in read_json_lines(log.path)] == ["one", "Nothing was deleted."]


def test_a_log_not_yet_written_reads_as_no_calls(tmp_path: Path) -> None:
    assert read_json_lines(tmp_path / "absent.jsonl") == []
