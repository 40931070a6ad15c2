/**
 * Messages from the ribbon command. A function command has no pane to write into, so the
 * message opens in an Office dialog that shows commands.html?message=...; the command completes
 * once the user closes it. In the shared runtime the command runs in taskpane.html, so the
 * dialog's page is named, not taken to be the page the command runs in.
 */

const MESSAGE_PARAM = "message";

export function dialogUrl(pageUrl: string, message: string): string {
  const url = new URL(pageUrl);
  url.search = `?${MESSAGE_PARAM}=${encodeURIComponent(message)}`;
  url.hash = "";
  return url.toString();
}

/** The dialog page next to the page the command runs in (taskpane.html in the shared runtime). */
export function messagePageUrl(pageUrl: string): string {
  return new URL("commands.html", pageUrl).toString();
}

export function messageFromUrl(search: string): string | null {
  return new URLSearchParams(search).get(MESSAGE_PARAM);
}

export function showMessageDialog(message: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      dialogUrl(messagePageUrl(window.location.href), message),
      { height: 25, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = result.value;
        const close = (): void => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      }
    );
  });
}

/** Inside the dialog: show the message and let OK close it. */
export function renderMessage(document: Document, message: string): void {
  const text = document.getElementById("message");
  const button = document.getElementById("close");
  const panel = document.getElementById("dialog");
  if (text) text.textContent = message;
  if (panel) panel.hidden = false;
  button?.addEventListener("click", () => Office.context.ui.messageParent("close"));
}
