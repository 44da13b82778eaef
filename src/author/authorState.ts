// The authoring page's whole state and every change to it, as one pure reducer: the page is
// React's useReducer over this, and a unit test can walk an editor's session without a DOM.
import { draftStatement } from "../authoring/draftStatement";
import { isDraftable } from "./articleNotice";
import { editableFromDraft, type EditableClaim, type EditableStatement, type FieldName, type Placement, type Role } from "./editableStatement";
import { addParty, editClaim, renameParty, setCountryPlacement, setField, setPartyPlacement } from "./edits";

export interface AuthorState {
  /** The article as pasted or typed. */
  article: string;
  /** The article the statement was drafted from. */
  draftedFrom: string;
  /** The statement being edited; null until there is an article. */
  statement: EditableStatement | null;
  /** True once the editor has changed the draft: a changed article then waits for "Draft again", so no edit is lost silently. */
  edited: boolean;
}

export type AuthorAction =
  | { type: "article"; text: string }
  | { type: "redraft" }
  | { type: "field"; field: FieldName; value: string }
  /** A country put where the editor chose; `name` is written when it is not listed yet (its English name). */
  | { type: "place-country"; iso: string; placement: Placement; name: string }
  | { type: "place-party"; key: number; placement: Placement }
  | { type: "rename"; key: number; written: string }
  | { type: "add-party"; written: string; role: Role }
  | { type: "claim"; key: number; patch: Partial<Pick<EditableClaim, "claim" | "quote" | "by" | "voice" | "dropped">> };

export const initialAuthorState: AuthorState = { article: "", draftedFrom: "", statement: null, edited: false };

/** The draft of an article, ready to edit; null for a blank one or one too long to draft (articleNotice.ts says which). */
export function draftOf(article: string): EditableStatement | null {
  return isDraftable(article) ? editableFromDraft(draftStatement(article)) : null;
}

/** True when the article has changed since the statement was drafted from it. */
export const isStale = (state: AuthorState): boolean => state.article !== state.draftedFrom;

/**
 * The next state after an action.
 * @example authorReducer(initialAuthorState, { type: "article", text: seed }).statement?.parties.length // 51
 */
export function authorReducer(state: AuthorState, action: AuthorAction): AuthorState {
  switch (action.type) {
    case "article":
      if (action.text === state.article) return state;
      return state.edited ? { ...state, article: action.text } : { ...state, article: action.text, draftedFrom: action.text, statement: draftOf(action.text) };
    case "redraft":
      return { ...state, draftedFrom: state.article, statement: draftOf(state.article), edited: false };
    default: {
      const { statement } = state;
      if (!statement) return state;
      const next = edit(statement, action);
      return next === statement ? state : { ...state, statement: next, edited: true };
    }
  }
}

function edit(statement: EditableStatement, action: Exclude<AuthorAction, { type: "article" | "redraft" }>): EditableStatement {
  switch (action.type) {
    case "field":
      return setField(statement, action.field, action.value);
    case "place-country":
      return setCountryPlacement(statement, action.iso, action.placement, () => action.name);
    case "place-party":
      return setPartyPlacement(statement, action.key, action.placement);
    case "rename":
      return renameParty(statement, action.key, action.written);
    case "add-party":
      return addParty(statement, action.written, action.role);
    case "claim":
      return editClaim(statement, action.key, action.patch);
  }
}
