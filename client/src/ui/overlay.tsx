import { render, type VNode } from 'preact';

/** Renders a panel over the current view; its close returns focus to exactly where the user was. */
export function openOverlay(panel: (close: () => void) => VNode): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const host = document.createElement('div');
  host.className = 'panel-host';
  document.body.append(host);
  const close = () => {
    render(null, host);
    host.remove();
    opener?.focus();
  };
  render(panel(close), host);
}
