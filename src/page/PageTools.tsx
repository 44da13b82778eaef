import type { PageLink } from "../embed/embedCode";
import type { World } from "../geo/types";
import type { Locale } from "../view/locale";
import type { StatementView } from "../view/statementView";
import { DownloadControls } from "./DownloadControls";
import type { PageStateStore } from "./pageState";
import { PreferenceControls } from "./PreferenceControls";
import { reloadInLanguage } from "./pageState";
import { ShareControls } from "./ShareControls";
import { OtherStatements } from "./OtherStatements";
import type { SiteNav } from "./statementIndex";

/** What the downloads draw: the page's world and statement view, and what the reader has chosen on the map. */
export interface DownloadSource {
  world: World;
  view: StatementView;
  /** The outlined reference group's members, or null. */
  outlined: readonly string[] | null;
}

interface PageToolsProps {
  link: PageLink;
  /** The statement's title, for the embedded frame's title. */
  title: string;
  locale: Locale;
  store: PageStateStore;
  download: DownloadSource;
  /** The site around the page: the other statements' menu links them. */
  site: SiteNav;
}

/** The full page's reader tools, below the map: embed, copy link, downloads, language and theme, other statements. Hidden in an embed by the stylesheet. */
export function PageTools({ link, title, locale, store, download, site }: PageToolsProps) {
  return (
    <div className="page-tools">
      <ShareControls link={link} title={title} pictureAlt={download.view.comparison ? null : download.view.mapSummary} messages={locale.messages} />
      <DownloadControls page={{ ...download, locale, theme: link.theme, selected: link.country }} />
      <PreferenceControls
        lang={locale.lang}
        theme={link.theme}
        messages={locale.messages}
        onLanguage={(lang) => reloadInLanguage(window, lang)}
        onTheme={store.setTheme}
      />
      <OtherStatements site={site} link={link} messages={locale.messages} />
    </div>
  );
}
