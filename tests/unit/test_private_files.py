"""Secrets are 0600 from their first byte: every writer of a secret goes through create_private /
write_private (O_CREAT|O_EXCL|O_NOFOLLOW, mode 0600), never a wide file chmod-ed afterwards."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from certs import devca
from gateway import config, secrets
from gateway.stack import Stack
from servicekit import private_files
from servicekit.private_files import CREATE_FLAGS, create_private, write_private
from servicekit.runpaths import RunPaths


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, int, int]]:
    """Every os.open of a file: (name, flags, mode asked, mode the file has right after the call)."""
    calls: list[tuple[str, int, int, int]] = []
    real_open = os.open

    def spy(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        fd = real_open(path, flags, mode, **kwargs)
        calls.append((Path(path).name, flags, mode, stat.S_IMODE(os.fstat(fd).st_mode)))
        return fd

    monkeypatch.setattr(os, "open", spy)
    old_umask = os.umask(0)  # the worst umask: nothing may rely on it
    yield calls
    os.umask(old_umask)


def exclusive_0600(call: tuple[str, int, int, int]) -> bool:
    _, flags, mode, mode_after_open = call
    return flags & CREATE_FLAGS == CREATE_FLAGS and mode == 0o600 and mode_after_open == 0o600


def test_every_generated_secret_is_created_exclusive_and_0600(tmp_path: Path, opened: list) -> None:
    secrets.ensure(tmp_path)
    created = {call[0] for call in opened if exclusive_0600(call)}
    assert set(secrets.GENERATED) <= created
    assert all(stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600 for name in secrets.GENERATED)


def test_dev_ca_private_keys_are_created_exclusive_and_0600(tmp_path: Path, opened: list) -> None:
    devca.ensure_leaf(tmp_path, ["localhost"])
    keys = [call for call in opened if call[0].startswith(".") and "-key.pem" in call[0]]
    assert len(keys) == 2 and all(exclusive_0600(call) for call in keys)


def test_redis_conf_with_the_password_is_created_0600(tmp_path: Path, opened: list) -> None:
    paths = RunPaths(tmp_path)
    paths.make()
    stack = Stack(config.load(env={}), paths)
    secrets.ensure(paths.secrets)
    stack.redis()
    conf = tmp_path / "redis" / "redis.conf"
    assert any(call[0].startswith(".redis.conf") and exclusive_0600(call) for call in opened)
    assert stat.S_IMODE(conf.stat().st_mode) == 0o600 and "requirepass" in conf.read_text()


def test_database_url_for_operators_is_a_0600_secret(tmp_path: Path, opened: list) -> None:
    paths = RunPaths(tmp_path)
    paths.make()
    secrets.ensure(paths.secrets)
    write_private(paths.secrets / "tokendealer_database_url", Stack(config.load(env={}), paths)
                  .database_url("tokendealer"))
    assert stat.S_IMODE((paths.secrets / "tokendealer_database_url").stat().st_mode) == 0o600


def test_write_private_replaces_a_wide_file_instead_of_rewriting_it(tmp_path: Path, opened: list) -> None:
    target = tmp_path / "secret"
    target.write_text("old")
    target.chmod(0o644)
    inode = target.stat().st_ino
    write_private(target, "new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.stat().st_ino != inode  # the wide inode was never written with the new secret


def test_create_private_refuses_an_existing_file_or_a_planted_link(tmp_path: Path) -> None:
    (tmp_path / "exists").write_text("x")
    with pytest.raises(FileExistsError):
        create_private(tmp_path / "exists", "secret")
    (tmp_path / "link").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(FileExistsError):
        create_private(tmp_path / "link", "secret")
    assert not (tmp_path / "elsewhere").exists()
    assert private_files.PRIVATE_MODE == 0o600
