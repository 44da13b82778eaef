import type { Messages } from "../i18n/messages";
import type { ParamProblem } from "./parseParams";

/** A bad URL parameter in the page's language: describeParamProblem({ param: "theme", value: "x", reason: "bad-theme" }, en) → "URL parameter theme=x: …". */
export function describeParamProblem(problem: ParamProblem, messages: Messages): string {
  switch (problem.reason) {
    case "unsupported-lang":
      return messages.unsupportedLanguage(problem.value);
    case "bad-statement-id":
      return messages.paramBadStatementId(problem.value);
    case "bad-country":
      return messages.paramBadCountry(problem.value);
    case "bad-embed":
      return messages.paramBadEmbed(problem.value);
    case "bad-theme":
      return messages.paramProblem(problem.param, problem.value, messages.themeProblem);
    case "bad-panel":
      return messages.paramProblem(problem.param, problem.value, messages.panelProblem);
    case "bad-bg":
      return messages.paramProblem(problem.param, problem.value, messages.bgProblem);
    case "bad-compare":
      return messages.paramBadCompare(problem.value);
  }
}
