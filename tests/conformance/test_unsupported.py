"""A model using what the engine cannot run is reported whole, never run in part."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ARRAYED_MODULAR = """<?xml version="1.0" encoding="utf-8"?>
<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><name>Regions</name></header>
  <sim_specs><start>0</start><stop>10</stop><dt>1</dt></sim_specs>
  <dimensions><dim name="Region" size="2"/></dimensions>
  <model>
    <variables>
      <stock name="Population">
        <dimensions><dim name="Region"/></dimensions>
        <eqn>100</eqn>
        <inflow>births</inflow>
      </stock>
      <flow name="births"><eqn>Population * 0.01</eqn></flow>
      <module name="Economy"/>
      <aux name="Trend of births"><eqn>TREND(births, 5)</eqn></aux>
    </variables>
  </model>
  <macro name="GROWTH"><parm>x</parm></macro>
</xmile>
"""


def test_run_on_an_unsupported_model_names_each_part_and_prints_no_results(tmp_path):
    path = tmp_path / "regions.xmile"
    path.write_text(ARRAYED_MODULAR, encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "run", str(path)], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stdout == "" and "Traceback" not in done.stderr
    for expected in ("line 13, flow 'births': 'population' has dimensions (Region): name an element",
                     "line 14, module 'Economy': the file has no <model name=\"Economy\">",
                     "line 15, aux 'Trend of births', column 1: 'TREND' is not a function",
                     "line 18, macro 'GROWTH': the macro has no output equation"):
        assert expected in done.stderr, done.stderr
