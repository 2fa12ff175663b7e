import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupTab } from '../../components/popup/Popup';
import '../../components/ui/base.css';
import '../../components/popup/popup.css';

/** The tab the popup is about: `?tab=<id>` (tests open the popup in a tab of its own), else the active tab. */
async function currentTab(): Promise<PopupTab> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return { id: requested, url: tab?.url ?? null };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: active?.id ?? null, url: active?.url ?? null };
}

void currentTab().then((tab) => render(<Popup tab={tab} />, document.getElementById('app')!));
