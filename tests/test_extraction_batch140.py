"""Forms met reading a Korean agency profile of a Texas technology region and its nickname, written here in other
words."""
from tests.helpers import extract, factor_codes

_HEAD = ("heading", "[해외 혁신클러스터 프로파일] 미국 오스틴 '실리콘 힐스'")
_NICK = "○ 텍사스주 오스틴은 반도체 연구 컨소시엄을 유치하면서 기술 도시로 성장했으며, 완만한 구릉 지형 덕분에 '실리콘 힐스'로 불림"


def test_a_quoted_nickname_called_so_in_a_reports_noun_ending_is_a_cluster():
    res = extract([_HEAD, _NICK, "○ 2023년 기준 오스틴 광역권의 기술 기업은 6,500여 개로 추산"], "ko")
    assert [c["cluster_id"] for c in res["clusters"]] == ["silicon-hills"], res["clusters"]


def test_firms_sites_listed_then_moving_in_are_anchor_firms_and_no_cluster():
    res = extract([_HEAD, _NICK, "○ 델 본사(라운드록), 삼성전자 오스틴 반도체 공장, 테슬라 기가팩토리 텍사스, 애플 캠퍼스 등이 입주"], "ko")
    assert [c["cluster_id"] for c in res["clusters"]] == ["silicon-hills"], res["clusters"]
    assert "anchor_firms" in factor_codes(res), res["success_factors"]
    # (not a body's sites in places: '대전 연구소, 세종 연구소 등이 위치')
    res = extract([_HEAD, _NICK, "○ 대전 연구소, 세종 연구소 등이 위치"], "ko")
    assert "anchor_firms" not in factor_codes(res), res["success_factors"]
