"""Small XMILE documents written in tests, and a way to run them."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from models.engine.compiled import compile_study
from storage.model_files import read_model_file

OASIS = "http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"


def xmile(variables: str, specs: str = "<start>0</start><stop>10</stop><dt>1</dt>", top: str = "",
          header: str = "<name>Test model</name>", namespace: str = OASIS, sim_attrs: str = "") -> str:
    """Return an XMILE document with these variables, time specs and extra top-level elements."""
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<xmile version="1.0" xmlns="{namespace}">\n'
            f"<header>{header}</header>\n<sim_specs{sim_attrs}>{specs}</sim_specs>\n{top}\n"
            f"<model><variables>\n{variables}\n</variables></model>\n</xmile>\n")


def write(tmp_path: Path, text: str, name: str = "model.xmile") -> Path:
    """Write a document to a file and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run_xmile(tmp_path: Path, variables: str, **options):
    """Read, compile and run an XMILE document; return (study, {label: series})."""
    study = read_model_file(write(tmp_path, xmile(variables, **options)))
    projection = compile_study(study).run(study)
    values = projection.values[study.scenarios[0].id]
    return study, {v.label: values[k] for k, v in enumerate(study.variables)}


def aux(name: str, equation: str, extra: str = "") -> str:
    """Return an <aux> element."""
    return f'<aux name="{name}"><eqn>{escape(equation)}</eqn>{extra}</aux>'


def flow(name: str, equation: str, extra: str = "") -> str:
    """Return a <flow> element."""
    return f'<flow name="{name}"><eqn>{escape(equation)}</eqn>{extra}</flow>'


def stock(name: str, initial: str, inflows=(), outflows=(), extra: str = "") -> str:
    """Return a <stock> element."""
    flows = "".join(f"<inflow>{f}</inflow>" for f in inflows) + "".join(f"<outflow>{f}</outflow>" for f in outflows)
    return f'<stock name="{name}"><eqn>{escape(initial)}</eqn>{flows}{extra}</stock>'
