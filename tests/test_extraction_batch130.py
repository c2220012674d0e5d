"""Forms met reading an encyclopedia entry on a Shanghai technology park, written here in other words."""
from tests.helpers import extract, factor_codes


def test_the_sites_of_named_firms_listed_are_anchor_firms():
    res = extract([("heading", "Zhangjiang Hi-Tech Park"), "Zhangjiang Hi-Tech Park is a technology park in Shanghai.",
                   "The park is home to more than 22,000 enterprises, including research centres of Roche, Novartis and "
                   "GlaxoSmithKline."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_universities_with_campuses_there_are_no_anchor_firms():
    res = extract([("heading", "Zhangjiang Hi-Tech Park"), "Zhangjiang Hi-Tech Park is a technology park in Shanghai.",
                   "Fudan University and ShanghaiTech University have campuses there."], "en")
    assert "anchor_firms" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Zhangjiang Hi-Tech Park"), "Zhangjiang Hi-Tech Park is a technology park in Shanghai.",
                   "Roche and Novartis have research centres there."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]
