"""Forms met reading a report's comparison table of technology parks in emerging markets, written here in other words."""
from pathlib import Path

from pipeline.extract.document import extract_document
from pipeline.parse import parse_file

_TABLE = """Emerging-market technology parks: a comparison

Table 3. Selected technology parks in emerging markets
| Park | Country | Launched | Site area (ha) | Firms | Jobs |
| Hoa Lac Hi-Tech Park | Vietnam | 1998 | 1,586 | 100 | 13,000 |
| Konza Technopolis | Kenya | 2008 | 2,000 | 10 | 1,200 |
| Ruta N | Colombia | 2009 | 3.2 | 460 | 22,500 |
Source: park operators; figures for 2023.

Of the three, Hoa Lac is by far the largest employer.
"""


def _read(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "compare.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(parse_file(p, p.name))


def test_a_header_that_goes_on_to_measure_is_no_place_column(tmp_path):
    res = _read(tmp_path, _TABLE)
    assert {c["cluster_id"]: c["region"] for c in res["clusters"]}.get("konza-technopolis") != "2,000", res["clusters"]
    areas = {s["cluster_id"]: s["value"] for s in res["statistics"] if s["metric"] == "area"}
    assert areas.get("hoa-lac-hi-tech-park") == 15860000.0, res["statistics"]


def test_a_tables_source_note_that_dates_its_figures_is_kept_and_read(tmp_path):
    res = _read(tmp_path, _TABLE)
    jobs = next(s for s in res["statistics"] if s["value"] == 13000)
    assert jobs["period_start"] == "2023-01-01", res["statistics"]
    # (a source line that dates nothing is still page chrome)
    res = _read(tmp_path, _TABLE.replace("; figures for 2023", ""))
    jobs = next(s for s in res["statistics"] if s["value"] == 13000)
    assert jobs["period_start"] is None, res["statistics"]


# (a feature on why a French biotech district works, in English and in Korean)
def _claims(lang: str, sentence: str) -> set:
    from tests.helpers import extract, factor_codes
    head = "Lyon Biodistrict is a life-sciences cluster in Lyon." if lang == "en" else "리옹 바이오디스트릭트는 프랑스 리옹의 생명과학 클러스터다."
    return factor_codes(extract([("heading", "Lyon Biodistrict"), head, sentence], lang))


def test_paraphrased_claims_in_english():
    assert "talent" in _claims("en", "Its engineering schools turn out hundreds of bioprocess specialists a year.")
    assert "anchor_firms" in _claims("en", "Large drugmakers such as Sanofi and bioMérieux act as first customers for start-ups.")
    assert "government_support" in _claims("en", "The city cut business property tax for young innovative firms.")
    assert "collaboration_network" in _claims("en", "Monthly pitch nights and an annual partnering convention draw founders.")
    assert "investment_attraction" in _claims("en", "Foreign firms get help with permits from a one-stop investment desk.")
    assert "startup_support" in _claims("en", "Many founders are alumni of the university's entrepreneurship programme.")


def test_paraphrased_claims_in_korean():
    assert "talent" in _claims("ko", "인근 공과대학들이 매년 수백 명의 바이오공정 전문가를 배출한다.")
    assert "talent" not in _claims("ko", "전문가 200명이 모여 미래를 논의했다.")  # (experts gathered, none trained)
    assert "collaboration_network" in _claims("ko", "연례 파트너링 행사에 창업자와 투자자가 한자리에 모인다.")
    assert "investment_attraction" in _claims("ko", "외국 기업은 원스톱 투자 창구에서 인허가 지원을 받는다.")
    assert "startup_support" in _claims("ko", "창업자 다수가 대학 창업 프로그램 출신이다.")
    found = _claims("ko", "공용 GMP 시설 덕분에 기업들은 공장을 짓지 않고도 임상용 시료를 생산할 수 있다.")
    assert "rd_infrastructure" in found and "investment_attraction" not in found, found  # (a plant not built)
