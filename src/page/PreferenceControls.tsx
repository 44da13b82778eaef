import { useId } from "react";
import type { Theme } from "../embed/pageAddress";
import { languageNames, supportedLanguages } from "../i18n/languages";
import type { Messages } from "../i18n/messages";

interface PreferenceControlsProps {
  lang: string;
  theme: Theme | null;
  messages: Messages;
  onLanguage: (lang: string) => void;
  onTheme: (theme: Theme | null) => void;
}

/** The reader's language and theme, for the full page; both are kept in the URL, so a shared link opens the same way. */
export function PreferenceControls({ lang, theme, messages, onLanguage, onTheme }: PreferenceControlsProps) {
  const id = useId();
  return (
    <div className="preferences">
      {/* Each label stays with its menu when the row wraps (a phone): never "Theme" at one line's end, its menu on the next. */}
      <span className="preference">
        <label htmlFor={`${id}-lang`}>{messages.languageLabel}</label>
        <select id={`${id}-lang`} value={lang} onChange={(event) => onLanguage(event.target.value)}>
          {supportedLanguages.map((tag) => (
            <option key={tag} value={tag} lang={tag}>
              {languageNames[tag]}
            </option>
          ))}
        </select>
      </span>
      <span className="preference">
        <label htmlFor={`${id}-theme`}>{messages.themeLabel}</label>
        <select
          id={`${id}-theme`}
          value={theme ?? "system"}
          onChange={(event) => onTheme(event.target.value === "system" ? null : (event.target.value as Theme))}
        >
          <option value="system">{messages.themeSystem}</option>
          <option value="light">{messages.themeLight}</option>
          <option value="dark">{messages.themeDark}</option>
        </select>
      </span>
    </div>
  );
}
