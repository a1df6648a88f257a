import type { CatalogOf } from "../catalogOf";
import type { openFormEn } from "./en";

export const openFormJa: CatalogOf<typeof openFormEn> = {
  "openForm.notice.why":
    "{client, select, mac {Outlook for Mac} other {クラシック Outlook}} は、開いているこの会議の独自のコピーを保持しており、アドインがサーバーに追加した内容を認識しません。このウィンドウから保存または送信すると、サーバーに追加された内容が失われることがあり、出席者にはウィンドウ内の内容だけが届きます。",
  "openForm.notice.toWindow":
    "そのため、{what, select, filesAndEvents {ファイルと予定表から選んだイベント} files {ファイル} other {予定表から選んだイベント}}はこのウィンドウに直接追加され、更新と一緒に送信されます。",
  "openForm.notice.toServer":
    "{what, select, linksEventsLargeFiles {クラウド リンク、新しいイベント、{limit} を超えるファイル} linksEventsFiles {クラウド リンク、新しいイベント、ファイル} other {添付ファイル}}はサーバーにしか追加できません。追加したら、このウィンドウを保存せずに閉じ、予定表から会議を開き直して{client, select, classicWindows { (キャッシュ モードでは、Outlook の同期 [送受信] の後で)} other {}}、一覧にあることを確認してから、そのウィンドウで更新を送信してください。",
  "openForm.afterWindowAttach":
    "この会議ウィンドウから更新を送信してください。ウィンドウに追加した内容が一緒に送信されます。",
  "openForm.afterServerAttach":
    "送信する前に: サーバーで変更したばかりの内容はこのウィンドウにはありません。ウィンドウを保存せずに閉じ、予定表から会議を開き直して{client, select, classicWindows { (キャッシュ モードでは、Outlook の同期の後で)} other {}}、添付ファイルを確認してから、そのウィンドウで更新を送信してください。",

  "file.addingToWindow": "会議ウィンドウに追加しています…",
  "file.attachedToWindow": "会議ウィンドウに追加済み",
  "file.attachedToWindowAnnouncement": "{name} を会議ウィンドウに追加しました。",
  "event.attachedToWindow": "「{name}」を会議ウィンドウに追加しました。",
};
