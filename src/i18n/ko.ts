import { formatList } from "./format";
import type { Messages } from "./messages";
import { partyTotal, type PartyCount } from "./partyCount";

/**
 * Korean interface text, as a Korean news site writes it. Korean nouns do not change for number
 * ("1개국", "48개국"). Particles after a passed-in name would depend on its last syllable
 * (이/가, 은/는), so names stand after a colon or before a noun, never before such a particle.
 */

const EU = "EU";

/** An organisation's name for its code, as Korean news writes it: organisation("EU") → "EU". */
const organisation = (code: string) => (code === "EU" ? EU : code);

/** What a count counts, each kind its own phrase: ["16개국", "속령 2곳"], ["44개 회원"]. */
const partyPhrases = (parties: PartyCount) =>
  parties.kind === "members"
    ? [`${parties.members}개 회원`]
    : [
        ...(parties.countries > 0 || parties.territories === 0 ? [`${parties.countries}개국`] : []),
        ...(parties.territories > 0 ? [`속령 ${parties.territories}곳`] : []),
      ];

/** A source's stated count: "48개국", or "44개 회원" where it counts members. */
const stated = (parties: PartyCount, count: number) => (parties.kind === "members" ? `${count}개 회원` : `${count}개국`);

export const ko: Messages = {
  appTitle: "서명국 지도",
  mapLabel: "성명 서명국 세계 지도",
  // Korean nouns do not change for number; the count only says whether there are subjects at all.
  mapSummary: (signed, subjects, subjectCount) =>
    subjectCount === 0 ? `세계 지도. 서명: ${signed}.` : `세계 지도. 서명: ${signed}. 성명의 대상: ${subjects}.`,
  signedPhrase: (parties, orgs) => formatList([...partyPhrases(parties), ...orgs.map(organisation)], "ko"),
  mapControlsLabel: "지도 확대/축소",
  statusSignatory: "서명",
  statusJoined: (date) => `${date} 추가 서명`,
  statusSubject: "성명의 대상",
  statusOther: "서명하지 않음",
  chooserLabel: "어느 나라를 선택할까요?",
  legendOutlined: (group) => `윤곽선 표시: ${group}`,
  legendSignatories: (parties, orgs) => `${formatList(partyPhrases(parties), "ko")}${orgs.map((code) => ` + ${organisation(code)}`).join("")} 서명`,
  legendJoined: (joined, date) => `${date} ${formatList(partyPhrases(joined), "ko")} 추가 서명`,
  legendSubjects: (count) => `성명의 대상 ${count}개국`,
  legendOther: "서명하지 않음",
  statusBoth: "두 성명 모두 서명",
  statusFirstOnly: "첫 번째 성명만 서명",
  statusSecondOnly: "두 번째 성명만 서명",
  statusNeither: "어느 성명에도 서명하지 않음",
  legendBoth: (count) => `${count}개국 두 성명 모두 서명`,
  legendFirstOnly: (count) => `${count}개국 첫 번째만`,
  legendSecondOnly: (count) => `${count}개국 두 번째만`,
  legendNeither: "어느 쪽도 서명하지 않음",
  compareContext: (both, first, second) => `두 성명 모두 ${both}개국, 첫 번째만 ${first}개국, 두 번째만 ${second}개국`,
  compareHeading: "두 성명 비교",
  compareFirst: (title, date) => `첫 번째: ${title} (${date})`,
  compareSecond: (title, date) => `두 번째: ${title} (${date})`,
  compareLoading: (id) => `비교할 성명 “${id}”을(를) 불러오는 중…`,
  compareFailed: (id) => `성명 “${id}”을(를) 함께 표시할 수 없어 이 성명만 표시합니다.`,
  compareStop: "이 성명만 보기",
  paramBadCompare: (value) => `URL 매개변수 compare=${value}: 다른 성명의 ID가 필요합니다. 이 성명만 표시합니다.`,
  zoomIn: "확대",
  zoomOut: "축소",
  zoomReset: "전 세계 보기",
  zoomToRegion: (region) => `${region} 확대`,
  mapCredit: "지도 데이터: Natural Earth(world-atlas 제공)",
  loading: "성명을 불러오는 중…",
  loadingSlow: "평소보다 오래 걸리고 있습니다.",
  retry: "다시 시도",
  loadServerError: (status) => `서버가 오류로 응답했습니다(HTTP ${status}).`,
  loadNetworkError: "서버 연결에 실패했거나 연결이 끊겼습니다.",
  loadTimedOut: (id, seconds) => `“${id}” 성명이 ${seconds}초 안에 도착하지 않았습니다.`,
  loadCodeFailed: (id) => `“${id}” 성명을 확인하지 못했습니다. 성명 파일을 읽는 코드를 불러오지 못했습니다.`,
  zoomUnavailable: "확대·축소 기능을 불러오지 못했습니다. 지도는 이 기능 없이도 작동합니다.",
  languageUnavailable: (language) => `${language} 인터페이스 텍스트를 불러오지 못해 영어로 표시합니다.`,
  pageUpdated: "이 페이지를 연 뒤에 페이지가 업데이트되었습니다. 모든 부분을 불러오려면 새로 고침하세요.",
  reloadPage: "새로 고침",
  statementErrorTitle: "이 성명을 표시할 수 없습니다",
  statementNotFound: (id) => `“${id}” 성명이 없습니다(statements/${id}.json 파일 없음).`,
  statementLoadFailed: (id, reason) => (reason === "invalid" ? `“${id}” 성명 파일에 다음 문제가 있습니다:` : `“${id}” 성명을 읽지 못했습니다.`),
  showDefault: "기본 성명 보기",
  otherStatements: "다른 성명",
  allStatements: (count) => `성명 ${count}개 모두 보기`,
  statementsUnavailable: "성명 목록을 불러오지 못했습니다.",
  pageDescription: (context, source) => `${context}. 출처: ${source}. 서명국을 보여 주는 세계 지도와 성명 본문, 핵심 주장.`,
  cardAlt: (context) => `서명국 세계 지도: ${context}`,
  paramProblem: (param, value, why) => `URL 매개변수 ${param}=${value}: ${why}`,
  paramBadStatementId: (value) => `URL 매개변수 statement=${value}: 성명 ID는 영문 소문자, 숫자, 하이픈으로만 이루어집니다. 기본 성명을 표시합니다.`,
  paramBadCountry: (value) => `URL 매개변수 country=${value}: KR처럼 두 글자로 된 ISO 코드를 입력해야 합니다.`,
  paramNoSuchCountry: (value) => `URL 매개변수 country=${value}: 지도에 없는 국가입니다.`,
  paramBadEmbed: (value) => `URL 매개변수 embed=${value}: 1 또는 0이어야 합니다.`,
  unsupportedLanguage: (tag) => `“${tag}” 언어는 아직 지원하지 않아 영어로 표시합니다.`,
  claimsHeading: "핵심 주장",
  claimsOwn: "성명의 내용",
  claimsReported: "보도가 다른 출처를 인용해 덧붙인 내용",
  textHeading: "발표된 성명 원문",
  textSummaryHeading: "성명 요약",
  textSummaryNote: "자체 요약입니다. 발표된 성명 원문은 출처에서 볼 수 있습니다:",
  publishedIn: (language) => `원문 언어: ${language}. 발표된 그대로 싣습니다.`,
  sourceIntro: "출처:",
  signatoriesHeading: "서명 명단",
  searchLabel: "국가 검색",
  searchNone: (query) => `“${query}”에 해당하는 서명국이 없습니다.`,
  organisationsRegion: "국제기구",
  subjectsHeading: "성명의 대상",
  versionStated: (statedCount, listed) => {
    const mapped = partyTotal(listed);
    const kinds = listed.kind === "countries" && listed.territories > 0 ? `(${formatList(partyPhrases(listed), "ko")})` : "";
    // Counted in one unit, as the source counts ("48개국", "44개 회원"); a list of countries and territories in places ("18곳").
    const listedCount = kinds ? `${mapped}곳` : stated(listed, mapped);
    const theOne = listed.kind === "members" ? "해당 회원을" : "해당 국가를";
    return statedCount === mapped
      ? `출처는 ${stated(listed, statedCount)}이라고 밝혔으며, 지도에 ${mapped === 1 ? theOne : `${listedCount}${kinds}을 모두`} 표시했습니다.`
      : `출처는 ${stated(listed, statedCount)}이라고 밝혔지만 명단에는 ${listedCount}${kinds}이 있어, 지도는 명단을 따랐습니다.`;
  },
  versionAdditions: (names, date, source) => `추가 서명(${date} 버전, 출처: ${source}): ${names}.`,
  groupsHeading: "서명하지 않은 국가",
  groupsAsOf: (date) => `성명 발표일(${date}) 기준 회원국.`,
  groupSummary: (group, signed, members, missing) =>
    missing ? `${group}: ${members}개국 중 ${signed}개국 서명. 서명하지 않은 국가: ${missing}.` : `${group}: ${members}개국 모두 서명.`,
  groupSubjectNote: (names, _count) => `성명의 대상: ${names}.`,
  showOnMap: (group) => `지도에 표시: ${group}`,
  hideOnMap: (group) => `지도에서 숨기기: ${group}`,
  orgMembersNotSigned: (org, missing) => `기구로서 서명: ${organisation(org)}. 개별 국가로 서명하지 않은 회원국: ${missing}.`,
  orgAllMembersSigned: (org) => `기구로서 서명: ${organisation(org)}. 모든 회원국도 각각 서명했습니다.`,
  groupEU: EU,
  groupNATO: "나토",
  groupG7: "G7",
  groupUNSCPermanent: "유엔 안보리 상임이사국",
  groupUNSCElected: "유엔 안보리 비상임이사국",
  warningsHeading: "이 성명 파일에 대한 참고 사항",
  // Sharing and embedding (#5).
  shareLabel: "지도 공유",
  embedButton: "퍼가기",
  embedTitle: "이 지도 퍼가기",
  embedResponsive: "반응형 코드: 내용에 맞춰 높이가 조절됩니다 (iframe과 스크립트)",
  embedFixed: "고정 높이 코드: 스크립트를 제거하는 시스템용",
  copyResponsive: "반응형 코드 복사",
  copyFixed: "고정 높이 코드 복사",
  copyLink: "링크 복사",
  downloadButton: "다운로드",
  downloadSvg: "SVG: 화면에 보이는 지도, 인쇄용",
  downloadPng: "PNG: 지도 이미지",
  downloadSocial: "소셜 미디어용 PNG (1200 × 630)",
  downloadCsv: "CSV: 목록, 스프레드시트용",
  downloadJson: "JSON: 국가 코드가 포함된 성명",
  downloadWorking: "파일을 만드는 중…",
  downloadStarted: (filename: string) => `${filename} 다운로드 중.`,
  downloadLoadFailed: "다운로드를 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요.",
  downloadFailed: "이 브라우저에서 파일을 만들지 못했습니다.",
  downloadRetry: "다시 시도",
  copied: "복사됨",
  copyFallback: "선택됨: Ctrl+C(Mac은 ⌘C)를 눌러 복사하세요.",
  linkLabel: "이 화면의 링크",
  close: "닫기",
  openFullMap: "전체 지도 열기",
  themeProblem: "light 또는 dark여야 합니다. 시스템 설정을 따릅니다",
  languageLabel: "언어",
  themeLabel: "테마",
  themeSystem: "시스템 설정",
  themeLight: "밝게",
  themeDark: "어둡게",
  contextSigned: (signed, date) => `${date} 서명: ${signed}`,
  contextJoined: (names, date) => `${date} 추가 서명: ${names}`,
  clauseSeparator: "; ",
  standingSigned: (name, date, written) => `${name}: ${date} 서명(명단 표기 “${written}”).`,
  standingJoined: (name, date, written, source) =>
    source ? `${name}: ${date} 추가 서명(명단 표기 “${written}”, 출처 ${source}).` : `${name}: ${date} 추가 서명(명단 표기 “${written}”).`,
  standingSubject: (name, written) => `${name}: 성명의 대상국(표기 “${written}”), 서명하지 않음.`,
  standingOther: (name) => `${name}: 서명하지 않음.`,
  standingInSigningOrg: (org, written) => `${organisation(org)} 회원국(기구 서명 명의: “${written}”).`,
  coveredSigned: (sovereign) => `${sovereign}의 일부(서명국)`,
  coveredJoined: (sovereign, date) => `${sovereign}의 일부(${date} 추가 서명)`,
  coveredSubject: (sovereign) => `${sovereign}의 일부(성명의 대상국)`,
  standingCovered: (name, status) => `${name}: ${status}.`,
  entryWithTerritories: (names) => `포함: ${names}`,
  legendTerritories: "속령은 외교를 담당하는 국가와 같은 색으로 표시됩니다.",
  legendTerritoriesOwnRight: "자체 자격으로 서명하지 않은 속령은 외교를 담당하는 국가와 같은 색으로 표시됩니다.",
  statusOwnRight: (status, sovereign) => `${status}(${sovereign}의 속령, 자체 자격)`,
  entryOwnRight: (sovereign) => `${sovereign}의 속령, 자체 자격`,
  groupsSubheading: "국가 그룹별 회원국",
  panelProblem: "closed, open, none 중 하나여야 합니다. 접힌 구역으로 표시합니다",
  bgProblem: "transparent여야 합니다. 페이지 자체 배경을 유지합니다",
  frameTitle: (title) => `지도: ${title}`,
  embedPanelLabel: "패널",
  embedPanelClosed: "독자가 펼치는 구역",
  embedPanelOpen: "모든 구역 펼침",
  embedPanelNone: "지도만",
  embedThemeLabel: "색상",
  embedThemeReader: "독자 시스템 설정에 따름",
  embedBackgroundLabel: "배경",
  embedBackgroundOwn: "지도 자체 배경",
  embedBackgroundTransparent: "투명: 기사 배경이 비칩니다",
  embedWidthLabel: "미리 보기 너비",
  embedPreviewHeight: (width, height) => `너비 ${width}px에서 높이는 ${height}px입니다. 코드는 이 높이로 시작합니다.`,
  embedPreviewTitle: "임베드 미리 보기",
  embedMeasuring: "높이를 재는 중…",
  embedLoadFailed: "임베드 코드를 불러오지 못했습니다. 연결을 확인하고 다시 여십시오.",
  altSigned: (signed, date, where) => (where ? `${date} 서명: ${signed} — ${where}.` : `${date} 서명: ${signed}.`),
  altRegionAll: (region) => `${region} 전체`,
  altRegionMost: (region, except) => `${region} 대부분(${except} 제외)`,
  altOthers: (count) => `그 외 ${count}곳`,
  altJoined: (names, count, date) => `${date === null ? "이후" : date} 추가 서명: ${names || `${count}개국`}.`,
  altSubjects: (names, _count) => `성명의 대상: ${names}.`,
  embedPicture: "이미지: 뉴스레터와 iframe을 쓸 수 없는 시스템용, 이 페이지로 연결되는 지도 이미지",
  copyPicture: "이미지 코드 복사",
};
