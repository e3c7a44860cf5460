"""Test set-up shared by every package: Qt runs offscreen."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line speaks the terminal's language; the tests read its English unless told otherwise.
os.environ.setdefault("PROSPECTIVA_LANGUAGE", "en")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
