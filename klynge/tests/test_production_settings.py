"""Production settings refuse to start without a secret and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("KLYNGE_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", KLYNGE_DEBUG="0")
    assert result.returncode != 0
    assert "KLYNGE_SECRET_KEY skal være sat" in result.stderr


def test_check_deploy_is_clean():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        KLYNGE_DEBUG="0",
        KLYNGE_SECRET_KEY="a-long-random-production-secret-" + "k7Qz" * 10,
        KLYNGE_ALLOWED_HOSTS="klynge.example.dk",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
