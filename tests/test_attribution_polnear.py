"""Attribution extraction against PolNeAR dev (needs ../shared/data): scores must not fall back."""
from __future__ import annotations

import pytest

# Measured on the 84 dev articles (framing evaluate attribution --split dev), minus a margin of 0.03.
FLOORS = {
    ("cue", "overlap"): 0.72, ("source", "overlap"): 0.71, ("content", "overlap"): 0.78,
    ("cue", "exact"): 0.62, ("source", "exact"): 0.58, ("content", "exact"): 0.48,
}


@pytest.fixture(scope="module")
def dev_scores(shared_data):
    from framing.evaluate.attribution import evaluate_attribution

    if not (shared_data / "polnear" / "attributions.jsonl").exists():
        pytest.skip("PolNeAR not in the shared data folder")
    return evaluate_attribution(shared_data / "polnear", split="dev")


@pytest.mark.parametrize("role, mode", sorted(FLOORS))
def test_polnear_dev_f1_floor(dev_scores, role, mode):
    assert dev_scores.scores[role][mode].f1 >= FLOORS[(role, mode)]


def test_polnear_dev_is_the_dev_split(dev_scores):
    assert dev_scores.n_docs == 84 and dev_scores.scores["cue"]["overlap"].gold > 2000


def test_evaluate_attribution_command(shared_data):
    from click.testing import CliRunner

    from framing.cli import main

    result = CliRunner().invoke(main, ["evaluate", "attribution", "--gold", str(shared_data / "polnear"),
                                       "--limit", "3", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"cue"' in result.output and '"overlap"' in result.output


def test_missing_gold_folder_is_a_clear_error(tmp_path):
    from framing.errors import DataNotFoundError
    from framing.evaluate.attribution import load_gold

    with pytest.raises(DataNotFoundError, match="articles.jsonl"):
        load_gold(tmp_path)
