"""The brief's charts: every title and year label inside its picture, in both editions of the sample study."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from models.engine.compiled import compile_study
from storage.interchange import read_study_file
from storage.sample_editions import EDITIONS
from ui.compare.report import CHART_SIZE, chart_image
from ui.session.choices import indicator_names

EDGE = 3  # pixels at the picture's right edge that nothing may reach: text there was cut off


def _ink_at_right_edge(image) -> int:
    white = QColor("#ffffff").rgb()
    return sum(1 for x in range(image.width() - EDGE, image.width()) for y in range(image.height())
               if image.pixel(x, y) != white)


@pytest.mark.parametrize("language", sorted(EDITIONS))
def test_no_chart_of_the_sample_runs_past_its_picture(qapp, language):
    study = read_study_file(EDITIONS[language])
    projection = compile_study(study).run(study)
    reference = study.scenarios[0].id
    cut = []
    for name in indicator_names(study):
        image = chart_image(study, projection, name, study.scenarios[1].id, reference)
        assert (image.width(), image.height()) == CHART_SIZE
        if _ink_at_right_edge(image):
            cut.append(study.variable(name).title)
    assert cut == []
