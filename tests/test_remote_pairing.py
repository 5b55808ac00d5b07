"""The phone remote's pairing, request checks and audit log, without Qt or a network."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tearconsole.remote.audit import BURST, AuditLog
from tearconsole.remote.guard import (
    HOLD_S,
    HOLD_SLACK_S,
    HoldGate,
    RemoteAction,
    check_host,
    check_origin,
    check_role,
    parse_command,
    parse_json,
)
from tearconsole.remote.network import usable_address
from tearconsole.remote.pairing import (
    CODE_TTL_S,
    MAX_PAIR_TRIES,
    MAX_WRONG_CODES,
    MAX_WRONG_TOTAL,
    PAIR_WINDOW_S,
    Pairing,
    Refusal,
    Role,
)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _reason(call: object, *args: object) -> str:
    with pytest.raises(Refusal) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.reason


def test_a_code_pairs_one_phone_then_pairing_waits_for_the_laptop() -> None:
    pairing = Pairing(Role.CONTROLLER, clock=Clock())
    code = pairing.code
    assert len(code) == 6 and code.isdigit()
    device, token = pairing.pair(code, "Kim's phone")
    assert device.name == "Kim's phone" and device.role is Role.CONTROLLER
    assert pairing.device_for(token) is device
    # one phone at a time: no fresh code until the facilitator asks for one
    assert pairing.code == ""
    assert _reason(pairing.pair, code, "Other") == "no_code"
    # and the next phone only watches unless the laptop gives it control
    second, _ = pairing.pair(pairing.new_code(), "Sam")
    assert second.role is Role.VIEWER
    assert pairing.set_role(second.id, Role.CONTROLLER) and second.role is Role.CONTROLLER


def test_a_code_lives_five_minutes() -> None:
    clock = Clock()
    pairing = Pairing(clock=clock)
    code = pairing.code
    clock.now += CODE_TTL_S - 1
    assert pairing.code == code and 0 < pairing.code_left_s() <= 1
    clock.now += 1
    assert pairing.code == "" and pairing.code_left_s() == 0
    assert _reason(pairing.pair, code, "late") == "no_code"


def test_wrong_codes_and_floods_are_counted_per_address() -> None:
    clock = Clock()
    pairing = Pairing(clock=clock)
    good = pairing.code
    wrong = "000000" if good != "000000" else "111111"
    reasons = [_reason(pairing.pair, wrong, "x", "10.0.0.66") for _ in range(MAX_WRONG_CODES)]
    assert reasons == ["wrong_code"] * (MAX_WRONG_CODES - 1) + ["too_many_wrong"]
    # that address is not heard any more, even with the right code...
    assert _reason(pairing.pair, good, "x", "10.0.0.66") == "flood"
    # ...but the code still works for everyone else
    device, _ = pairing.pair(good, "Kim", "10.0.0.31")
    assert device.name == "Kim"
    # a flood of requests from one address is refused unheard, and only there
    pairing.new_code()
    for _ in range(MAX_PAIR_TRIES):
        _reason(pairing.pair, "not a code", "x", "10.0.0.77")
    assert _reason(pairing.pair, pairing.code, "x", "10.0.0.77") == "flood"
    assert pairing.pair(pairing.code, "Sam", "10.0.0.32")[0].name == "Sam"
    clock.now += PAIR_WINDOW_S + 1
    pairing.new_code()  # a new code: the address that flooded is heard again
    assert pairing.pair(pairing.code, "late", "10.0.0.77")[0].name == "late"


def test_wrong_codes_from_many_addresses_burn_the_code() -> None:
    pairing = Pairing(clock=Clock())
    good = pairing.code
    wrong = "000000" if good != "000000" else "111111"
    reasons = [
        _reason(pairing.pair, wrong, "x", f"10.0.{n // 4}.{n % 4}") for n in range(MAX_WRONG_TOTAL)
    ]
    assert reasons[-1] == "code_burnt" and set(reasons[:-1]) == {"wrong_code"}
    assert pairing.code == ""
    assert _reason(pairing.pair, good, "x", "10.0.9.9") == "no_code"  # the burnt code stays dead


def test_two_phones_may_not_share_a_name() -> None:
    pairing = Pairing(clock=Clock())
    kim, _ = pairing.pair(pairing.code, "Kim")
    assert _reason(pairing.pair, pairing.new_code(), " kim ") == "name_taken"
    assert pairing.code  # a refused name does not use the code up
    pairing.revoke(kim.id)
    assert pairing.pair(pairing.code, "Kim")[0].name == "Kim"  # a withdrawn name is free


def test_tokens_are_per_pairing_unknown_elsewhere_and_revocable_one_by_one() -> None:
    first = Pairing(clock=Clock())
    one, token_one = first.pair(first.code, "one")
    two, token_two = first.pair(first.new_code(), "two")
    assert [d.name for d in first.devices()] == ["one", "two"]
    assert first.revoke(one.id)
    assert _reason(first.device_for, token_one) == "revoked"
    assert first.device_for(token_two) is two
    later = Pairing(clock=Clock())  # the next session: earlier tokens mean nothing
    assert _reason(later.device_for, token_two) == "unknown_token"
    assert _reason(later.device_for, "") == "no_token"
    assert _reason(later.device_for, None) == "no_token"


def test_the_role_is_chosen_on_the_laptop_and_names_are_plain_text() -> None:
    pairing = Pairing(Role.VIEWER, clock=Clock())
    device, _ = pairing.pair(pairing.code, "<img src=x onerror=alert(1)>\u0007" + "x" * 80)
    assert device.role is Role.VIEWER
    assert "\u0007" not in device.name and len(device.name) <= 40
    assert _reason(check_role, device) == "viewer"


def test_host_and_origin_must_be_the_remotes_own() -> None:
    check_host("192.168.1.20:8123", "192.168.1.20", 8123)
    check_origin("http://192.168.1.20:8123", "192.168.1.20", 8123)
    for host in ("evil.example:8123", "192.168.1.20:80", None, "localhost:8123"):
        assert _reason(check_host, host, "192.168.1.20", 8123) == "bad_host"
    for origin in ("http://evil.example", "null", None, "https://192.168.1.20:8123"):
        assert _reason(check_origin, origin, "192.168.1.20", 8123) == "bad_origin"


def test_commands_are_parsed_into_known_actions_and_plain_text() -> None:
    assert parse_command({"action": "go"}).action is RemoteAction.GO
    note = parse_command({"action": "note", "text": "  a\u0000b  ", "shared": "yes"})
    assert note.text == "ab" and note.shared is False  # only a real true shares it
    assert parse_command({"action": "note", "text": "x", "shared": True}).shared
    for bad in ([], {"action": "hard_stop"}, {"action": "skip"}, {"action": "go", "text": 3}):
        assert _reason(parse_command, bad) in ("bad_message", "bad_action")
    assert _reason(parse_command, {"action": "note", "text": " "}) == "empty_note"
    assert _reason(parse_command, {"action": "safe_stop"}) == "bad_message"
    assert _reason(parse_command, {"action": "go", "phase": "arm"}) == "bad_message"
    soften = parse_command({"action": "soften", "phase": "fire", "held_ms": 950})
    assert soften.phase == "fire" and soften.held_s == 0.95
    assert parse_command({"action": "soften", "held_ms": True}).held_s is None


def test_json_nested_too_deep_is_a_bad_message_not_a_crash() -> None:
    for text in ("[" * 100_000, '{"a":' * 50_000, b"\xff\xfe"):
        assert _reason(parse_json, text) == "bad_message"


def test_safe_stop_needs_a_hold_from_arm_to_fire() -> None:
    gate = HoldGate()
    assert _reason(gate.fire, 10.0) == "not_held"  # never armed
    gate.arm(10.0)
    assert _reason(gate.fire, 10.0 + HOLD_S / 2) == "not_held"  # let go too soon
    assert _reason(gate.fire, 11.0) == "not_held"  # the arm is used up
    gate.arm(20.0)
    gate.fire(20.0 + HOLD_S)


def test_the_hold_is_timed_on_the_phone_when_its_word_is_plausible() -> None:
    gate = HoldGate(RemoteAction.SOFTEN)
    # the arm came late over a slow network: the server saw 0.3 s, the phone held 1.2 s
    gate.arm(10.0)
    gate.fire(10.3, held_s=1.2)
    # a phone that says it held longer than could be is not believed
    gate.arm(20.0)
    assert _reason(gate.fire, 20.1, HOLD_SLACK_S + 1.0) == "not_held"
    # the phone let go too soon, however late the fire arrived
    gate.arm(30.0)
    with pytest.raises(Refusal) as caught:
        gate.fire(32.0, HOLD_S / 2)
    assert "Soften held a moment longer" in caught.value.sentence


def test_the_audit_log_keeps_refusals_and_a_flood_cannot_fill_the_disk(tmp_path: Path) -> None:
    clock = Clock()
    log = AuditLog(tmp_path / "remote.log", clock=clock)
    for _ in range(BURST * 5):
        log.record("refused", "wrong_code", "10.0.0.9")
    log.record("refused", "bad_origin", "10.0.0.9")
    clock.now += 61
    log.record("refused", "wrong_code", "10.0.0.9")
    lines = [json.loads(line) for line in (tmp_path / "remote.log").read_text().splitlines()]
    reasons = [line["reason"] for line in lines]
    assert reasons.count("wrong_code") == BURST + 1
    assert f"wrong_code x{BURST * 4}" in reasons and "bad_origin" in reasons
    assert log.refused == BURST * 5 + 2


def test_no_address_that_means_every_interface() -> None:
    assert usable_address(" 127.0.0.1 ") == "127.0.0.1"
    for everywhere in ("0.0.0.0", "::", "224.0.0.1", "wlan0", ""):
        with pytest.raises(ValueError):
            usable_address(everywhere)


def test_the_security_modules_import_no_qt() -> None:
    script = (
        "import sys\n"
        "import tearconsole.remote.pairing, tearconsole.remote.guard, tearconsole.remote.audit\n"
        "import tearconsole.remote.server, tearconsole.remote.view, tearconsole.remote.network\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'vlc')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"


def test_a_token_works_only_from_the_address_that_paired() -> None:
    pairing = Pairing(clock=Clock())
    device, token = pairing.pair(pairing.code, "Kim", "192.168.1.31")
    assert pairing.device_for(token, "192.168.1.31") is device
    assert _reason(pairing.device_for, token, "192.168.1.77") == "other_address"


def test_the_remote_costs_the_window_nothing_until_it_is_turned_on() -> None:
    """aiohttp (~0.2 s to import) and segno load only when the remote is turned on."""
    script = (
        "import sys\n"
        "import tearconsole.ui.live.page, tearconsole.ui.app\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('aiohttp', 'segno')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
