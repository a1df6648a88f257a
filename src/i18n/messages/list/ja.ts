import type { CatalogOf } from "../catalogOf";
import type { listEn } from "./en";

export const listJa: CatalogOf<typeof listEn> = {
  "list.heading": "この会議の添付ファイル",
  "list.count": "{count, plural, other {# 件}}",
  "list.loading": "会議の添付ファイルを読み込んでいます…",
  "list.refreshing": "一覧を更新しています…",
  "list.unsaved": "まだ何も添付されていません。会議を保存すると、添付ファイルがここに表示されます。",
  "list.empty": "この会議にはまだ何も添付されていません。",
  "list.loadFailed": "会議の添付ファイルを読み込めませんでした。{message}",
  "list.retry": "再試行",
  "list.readOnly": "この予定表は読み取り専用です。添付ファイルは表示できますが、削除はできません。",
  "list.readOnlyOwner":
    "{owner} さんの予定表は読み取り専用です。この会議の添付ファイルは表示できますが、削除はできません。",

  "list.kind.file": "ファイル",
  "list.kind.item": "Outlook アイテム",
  "list.kind.reference": "クラウド リンク",
  "list.kind.unknown": "添付ファイル",

  "list.provider.oneDriveBusiness": "職場または学校の OneDrive に保存",
  "list.provider.oneDriveConsumer": "OneDrive (個人用) に保存",
  "list.provider.dropbox": "Dropbox に保存",
  "list.provider.other": "その他のクラウド サービスに保存",
  "list.sizeUnknown": "サイズ不明",
  "list.inline": "会議の説明に表示されています",
  "list.addedUnknown": "追加日時不明",

  "list.remove": "削除",
  "list.removeLabel": "{name} を削除",
  "list.confirm.title": "{name} を削除しますか?",
  "list.confirm.body": "サーバー上の会議から削除されます。更新を送信すると、出席者には届かなくなります。",
  "list.confirm.remove": "削除",
  "list.confirm.cancel": "残す",
  "list.confirm.removing": "削除しています…",
  "list.removeFailed": "{name} を削除できませんでした。{message}",
  "list.removedAnnouncement": "{name} を会議から削除しました。",
};
