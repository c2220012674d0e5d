"""Forms met in the eighteenth read (Korean releases on a nano complex and a radiation science complex in
smaller cities, Gulf pieces on a science park, Vietnamese pieces on a hi-tech park), written here in other
words: every Korean city and county as a place, an industry's complex put in a city by its clause, a
city written with its 시 or 군 before a name, a name the morphemes' walk began inside a word, land set
aside for a use, a deadline dating a plan, and Gulf currencies."""
from tests.helpers import extract, stats_where


def test_an_industrys_complex_put_in_a_small_city_by_its_clause_is_named_after_the_city():
    res = extract(["보령 수소산단 계획 승인",
                   "정부는 충남 보령에 수소 산업이 모인 '수소 국가산업단지'를 짓기로 했다. 부지는 120만㎡이다."], "ko")
    found = [c for c in res["clusters"] if (c["name_ko"] or "").replace(" ", "") == "보령수소국가산업단지"]
    assert found and found[0]["region"] == "Boryeong" and found[0]["country"] == "KR", res["clusters"]
    assert stats_where(res, value=1200000.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_the_place_of_something_else_in_the_sentence_names_no_complex():
    res = extract(["군, 투자 설명회 참가",
                   "군은 부산에서 열린 '투자 설명회'에 참석해 국내 유일의 수소 특화단지인 보령 국가산단을 알렸다."], "ko")
    assert not any((c["name_ko"] or "").startswith("부산") for c in res["clusters"]), res["clusters"]


def test_a_plan_written_onto_the_head_after_a_name_is_no_second_head():
    res = extract(["국토부, 산단계획 승인",
                   "국토교통부는 충남 보령에 '수소 국가산업단지 산업단지계획(120만㎡)'을 승인했다."], "ko")
    names = [c["name_ko"] or "" for c in res["clusters"]]
    assert names == ["보령 수소 국가산업단지"], names


def test_a_county_written_with_its_gun_and_a_neighbourhood_before_kind_words_is_the_county():
    res = extract(["해남 과학산단 입주 이어져",
                   "농식품거점지구인 해남군 신풍동 첨단과학산업단지에 기업 12곳이 입주했다."], "ko")
    found = [c for c in res["clusters"] if c["name_ko"] == "해남 첨단과학산업단지"]
    assert found and found[0]["region"] == "Haenam", res["clusters"]
    assert not any("거점지구" in n or n.startswith("인 ") for c in res["clusters"] for n in [c["name_ko"] or ""]), res["clusters"]


def test_land_set_aside_for_a_use_is_a_site_area():
    res = extract(["김제 지평선 국가산업단지",
                   "김제 지평선 국가산업단지는 산업시설용지 41만5천㎡(전체의 48%)를 조성할 계획이다."], "ko")
    assert stats_where(res, value=415000.0)[0]["metric_label"] == "site area", res["statistics"]


def test_a_deadline_of_the_figures_own_parts_it_from_an_earlier_date():
    res = extract(["정읍 첨단과학산업단지",
                   "2019년 상반기 첫 삽을 뜨는 정읍 첨단과학산업단지는 2024년 6월까지 1단계 부지(50만㎡)를 조성한다."], "ko")
    row = stats_where(res, value=500000.0)[0]
    assert row["period_start"] is None, row


def test_gulf_currencies_are_read():
    res = extract(["Gulf parks",
                   "Al Wakra Innovation Park has earmarked QR2.1bn for new laboratories. Its tenants spent "
                   "Dh300m and SR 45 million on equipment last year, and paid 12 million Qatari riyals in rent."], "en")
    units = {s["value"]: s["unit"] for s in res["statistics"]}
    assert units.get(2100000000.0) == "QAR" and units.get(300000000.0) == "AED", res["statistics"]
    assert units.get(45000000.0) == "SAR" and units.get(12000000.0) == "QAR", res["statistics"]
    assert stats_where(res, value=2100000000.0)[0]["metric"] == "investment", res["statistics"]


def test_money_in_qatari_riyals_places_a_cluster_nothing_else_places():
    res = extract(["Al Wakra Innovation Park",
                   "Al Wakra Innovation Park has earmarked QR2.1bn for new laboratories and hosts 35 companies."], "en")
    park = [c for c in res["clusters"] if c["name_en"] == "Al Wakra Innovation Park"]
    assert park and park[0]["country"] == "QA", res["clusters"]


def test_a_currency_sign_in_letters_starts_a_word():
    res = extract(["Parks", "The park's hours 5 to 9 are busy; Ramirez Park Labs counts 40 companies."], "en")
    assert not any(s["unit"] in ("SAR", "QAR", "AED") for s in res["statistics"]), res["statistics"]


def test_money_allotted_to_startups_is_investment():
    res = extract(["Doha park backs founders",
                   "The Doha Science Park has allotted $40mn over five years to support startups."], "en")
    assert stats_where(res, value=40000000.0)[0]["metric"] == "investment", res["statistics"]


def test_a_count_of_land_is_of_its_lots():
    res = extract(["해남 첨단과학산업단지", "해남 첨단과학산업단지는 산업용지 18개와 지원시설 5개를 갖췄다."], "ko")
    assert stats_where(res, value=18.0)[0]["metric_label"] == "parcels", res["statistics"]


def test_a_korean_city_kiwi_reads_as_a_common_noun_names_a_complex():
    res = extract(["장성 나노산단 분양 순항", "장성 나노산단에 올해 기업 40곳이 새로 입주했다."], "ko")
    found = [c for c in res["clusters"] if (c["name_ko"] or "").replace(" ", "") == "장성나노산단"]
    assert found and found[0]["region"] == "Jangseong", res["clusters"]
    assert stats_where(res, value=40.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_a_complex_named_beside_another_place_it_adjoins_is_a_landmark():
    res = extract(["장성 나노산단 분양 순항",
                   "장성 나노산단에 올해 기업 40곳이 새로 입주했다. 이 산단은 광주 첨단산단과 대학 등이 연접해 있어 산학협력 여건이 좋다."], "ko")
    nano = [c["cluster_id"] for c in res["clusters"] if (c["name_ko"] or "").startswith("장성")]
    assert nano and res["success_factors"], res
    assert all(f["cluster_id"] == nano[0] for f in res["success_factors"]), res["success_factors"]


def test_a_city_before_a_compound_of_kind_words_stays_in_the_name():
    res = extract(["착공", "나노 기지로 개발될 `장성 나노기술일반산업단지`가 올해 공사를 시작한다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["장성 나노기술일반산업단지"], res["clusters"]


def test_a_place_said_to_be_now_an_industrys_ecosystem_names_it():
    res = extract(["Robots", "Once known for its mills, Manchester is now the largest robotic ecosystem in Britain, "
                   "with more than 90 companies."], "en")
    found = [c for c in res["clusters"] if (c["name_en"] or "").lower() == "manchester robotic ecosystem"]
    assert found, res["clusters"]
    assert stats_where(res, value=90.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_two_places_joined_by_a_dot_stay_one_name_when_kiwi_cuts_the_first():
    res = extract(["제목", "이 단지의 규모는 반월ㆍ시화 혁신클러스터의 10분의 1 수준이다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["반월ㆍ시화 혁신클러스터"], res["clusters"]


def test_a_cluster_another_is_measured_against_is_not_the_documents_topic():
    res = extract(["원주 의료기기 산업 성장",
                   "강원도 원주시는 의료기기 업체 75곳이 모인 거점으로 변모했다.",
                   "비록 규모는 반월ㆍ시화 혁신클러스터의 10분의 1 수준에 불과하지만 자생적으로 이룬 성장이다.",
                   "원주 혁신클러스터는 원주의료기기테크노밸리와 태장 농공단지로 구성돼 있다. 올해 생산액은 1350억원이다."], "ko")
    wonju = [c["cluster_id"] for c in res["clusters"] if (c["name_ko"] or "").startswith("원주 혁신")]
    assert any((c["name_ko"] or "").startswith("반월") for c in res["clusters"]), res["clusters"]  # (named, and measured against)
    assert wonju and res["topic"] == wonju[0], (res["topic"], res["clusters"])
