import type { PageLink } from "../embed/embedCode";
import type { Locale } from "../view/locale";
import type { PageStateStore } from "./pageState";
import { PreferenceControls } from "./PreferenceControls";
import { reloadInLanguage } from "./pageState";
import { ShareControls } from "./ShareControls";

interface PageToolsProps {
  link: PageLink;
  /** The statement's title, for the embedded frame's title. */
  title: string;
  locale: Locale;
  store: PageStateStore;
}

/** The full page's reader tools, below the map: embed, copy link, language and theme. Hidden in an embed by the stylesheet. */
export function PageTools({ link, title, locale, store }: PageToolsProps) {
  return (
    <div className="page-tools">
      <ShareControls link={link} title={title} messages={locale.messages} />
      <PreferenceControls lang={locale.lang} theme={link.theme} messages={locale.messages} onLanguage={(lang) => reloadInLanguage(window, lang)} onTheme={store.setTheme} />
    </div>
  );
}
