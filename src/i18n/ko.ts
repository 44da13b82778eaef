import type { Messages } from "./messages";

/**
 * Korean interface text, as a Korean news site writes it. Korean nouns do not change for number
 * ("1개국", "48개국"). Particles after a passed-in name would depend on its last syllable
 * (이/가, 은/는), so names stand after a colon or before a noun, never before such a particle.
 */

const EU = "EU";

/**
 * Workaround: the legend is handed English display names ("the EU"); keep the organisation's code
 * and name it as Korean does. Remove once callers pass codes.
 */
const organisation = (name: string) => {
  const code = name.replace(/^the\s+/i, "");
  return code === "EU" ? EU : code;
};

export const ko: Messages = {
  appTitle: "서명국 지도",
  mapLabel: "성명 서명국 세계 지도",
  mapSummary: (signed, subjects) => `세계 지도. 서명: ${signed}. 성명의 대상: ${subjects}.`,
  statusSignatory: "서명",
  statusJoined: (date) => `${date} 추가 서명`,
  statusSubject: "성명의 대상",
  statusOther: "서명하지 않음",
  legendSignatories: (countries, orgs) => `${countries}개국${orgs.length ? ` + ${orgs.map(organisation).join(", ")}` : ""} 서명`,
  legendJoined: (count, date) => `${date} ${count}개국 추가 서명`,
  legendSubjects: (count) => `성명의 대상 ${count}개국`,
  legendOther: "서명하지 않음",
  zoomIn: "확대",
  zoomOut: "축소",
  zoomReset: "전 세계 보기",
  zoomEurope: "유럽",
  zoomEuropeLabel: "유럽 확대",
  mapCredit: "지도 데이터: Natural Earth(world-atlas 제공)",
  clearSelection: "선택 해제",
  loading: "성명을 불러오는 중…",
  statementErrorTitle: "이 성명을 표시할 수 없습니다",
  statementNotFound: (id) => `“${id}” 성명이 없습니다(statements/${id}.json 파일 없음).`,
  statementLoadFailed: (id, why) => `“${id}” 성명을 불러오지 못했습니다: ${why}.`,
  showDefault: "기본 성명 보기",
  paramProblem: (param, value, why) => `URL 매개변수 ${param}=${value}: ${why}`,
  unsupportedLanguage: (tag) => `“${tag}” 언어는 아직 지원하지 않아 영어로 표시합니다.`,
  claimsHeading: "핵심 주장",
  claimsOwn: "성명의 내용",
  claimsReported: "보도가 다른 출처를 인용해 덧붙인 내용",
  claimBy: (by) => `발언: ${by}`,
  textHeading: "발표된 성명 원문",
  publishedIn: (language) => `원문 언어: ${language}. 발표된 그대로 싣습니다.`,
  sourceLabel: "출처",
  signatoriesHeading: "서명 명단",
  searchLabel: "국가 검색",
  searchNone: (query) => `“${query}”에 해당하는 서명국이 없습니다.`,
  regionCount: (count) => `${count}`,
  organisationsRegion: "국제기구",
  joinedRegion: (date) => `${date} 추가 서명`,
  subjectsHeading: "성명의 대상",
  versionStated: (stated, mapped) =>
    stated === mapped
      ? `출처는 ${stated}개국이라고 밝혔으며, 지도에 ${mapped}개국을 모두 표시했습니다.`
      : `출처는 ${stated}개국이라고 밝혔지만 명단에는 ${mapped}개국이 있어, 지도는 명단을 따랐습니다.`,
  versionAdditions: (names, date, source) => `추가 서명(${date} 버전, 출처: ${source}): ${names}.`,
  groupsHeading: "서명하지 않은 국가",
  groupsAsOf: (date) => `성명 발표일(${date}) 기준 회원국.`,
  groupSummary: (group, signed, members, missing) =>
    missing ? `${group}: ${members}개국 중 ${signed}개국 서명. 서명하지 않은 국가: ${missing}.` : `${group}: ${members}개국 모두 서명.`,
  groupSubjectNote: (names) => `성명의 대상: ${names}.`,
  showOnMap: (group) => `지도에 표시: ${group}`,
  hideOnMap: (group) => `지도에서 숨기기: ${group}`,
  euSignedAsOrganisation: (missing) => `EU는 기구로서 서명했으며, 개별 국가로 서명하지 않은 회원국: ${missing}.`,
  euAllMembersSigned: "EU는 기구로서 서명했으며, 모든 회원국도 각각 서명했습니다.",
  groupEU: EU,
  groupNATO: "나토",
  groupG7: "G7",
  groupUNSCPermanent: "유엔 안보리 상임이사국",
  groupUNSCElected: "유엔 안보리 비상임이사국",
  warningsHeading: "이 성명 파일에 대한 참고 사항",
};
