"""The command line speaks the terminal's language: --help, argparse's own words and its messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, language: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PROSPECTIVA_LANGUAGE": language}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          encoding="utf-8", env=environment, cwd=ROOT, timeout=120)


def test_help_in_spanish():
    shown = run("run", "--help", language="es").stdout
    assert shown.startswith("uso: main.py run")
    assert "opciones:" in shown and "mostrar esta ayuda y salir" in shown
    assert "solo este escenario (se puede repetir)" in shown
    assert "only this scenario" not in shown


def test_help_in_english():
    shown = run("run", "--help", language="en").stdout
    assert shown.startswith("usage: main.py run") and "only this scenario (repeatable)" in shown


def test_an_empty_library_is_said_in_spanish(tmp_path):
    listed = run("--db", str(tmp_path / "library.sqlite"), "list", language="es")
    assert listed.returncode == 0
    assert listed.stdout.strip() == "la biblioteca aún no tiene estudios (importe uno con: main.py import ARCHIVO.json)"


def test_a_missing_argument_is_said_in_spanish():
    failed = run("run", language="es")
    assert failed.returncode == 2 and "faltan estos argumentos obligatorios: study" in failed.stderr
