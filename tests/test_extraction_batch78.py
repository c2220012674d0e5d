"""Forms met in an encyclopedia-style entry on Brainport Eindhoven, written here in other words."""
from tests.helpers import extract, stats_where


def test_a_relative_clause_ends_the_clause_a_paraphrase_pair_is_read_in():
    # 'The region grew around X, which was founded in Y': the founding is the firm's, no government support
    res = extract([("heading", "Kestrel Brainport"), "Kestrel Brainport is a technology region in the south of Alder.",
                   "The region grew around Harlow Electric, which was founded in Alder in 1891."], "en")
    assert "government_support" not in {f["factor"] for f in res["success_factors"]}, res["success_factors"]


def test_spending_on_research_is_rd_spending():
    res = extract([("heading", "Kestrel Brainport"), "Kestrel Brainport is a technology region in the south of Alder.",
                   "Private spending on research and development there reached €4.3 billion."], "en")
    assert stats_where(res, value=4300000000.0)[0]["metric"] == "rd_spending", res["statistics"]
