import type { MessageCatalog } from "./en";

export const ja: MessageCatalog = {
  "app.title": "会議の添付ファイル",
  "app.loading": "開いています…",

  "outside.title": "Outlook の会議から開いてください",
  "outside.body":
    "会議の添付ファイルは Outlook 内で動作します。開催者である会議を開き、必要に応じて [編集] を選び、リボンの [会議の添付ファイル] を選択してください。",
  "outside.noOfficeJs":
    "Office を読み込めませんでした。ネットワーク接続を確認し、このウィンドウを再読み込みしてください。",

  "meeting.loading": "会議を読み取っています…",
  "meeting.noSubject": "(件名なし)",
  "meeting.saved": "保存済み",
  "meeting.notSaved": "未保存",
  "meeting.series": "定期的な会議の全体を編集しています。添付ファイルは定期的な会議全体に追加されます。",
  "meeting.occurrence": "定期的な会議の 1 回分を編集しています。添付ファイルはこの回にのみ追加されます。",
  "meeting.sharedCalendar": "{owner} さんの予定表",
  "meeting.readError": "Outlook から会議の詳細を読み取れませんでした。{detail}",

  "save.title": "先に会議を保存しますか?",
  "save.bodyNew":
    "添付ファイルは保存済みの会議にのみ追加できます。保存すると会議が予定表に登録されます。[送信] を選ぶまで招待は送信されません。",
  "save.bodyExisting":
    "添付ファイルは変更を保存した後に追加できます。保存すると、追加または削除した出席者に更新が送信されます。",
  "save.confirm": "保存して続行",
  "save.cancel": "後で",
  "save.declined":
    "何も保存も添付もされていません。ファイルは一覧に残っています。準備ができたら [添付] を選んでください。",

  "sync.waiting": "保存した会議が Outlook からサーバーに同期されるのを待っています (現在 {seconds} 秒)…",
  "sync.cancel": "待つのをやめる",

  "signIn.inProgress": "サインインしています…",
  "signIn.retry": "再試行",
  "signIn.path": "サインイン済み ({path})",

  "file.pick": "ファイルを選択",
  "file.dropHint": "またはここにファイルをドロップ",
  "file.attach": "添付",
  "file.cancel": "キャンセル",
  "file.retry": "再試行",
  "file.remove": "一覧から削除",
  "file.queued": "添付の準備完了",
  "file.uploading": "添付しています… {percent, number, percent}",
  "file.attached": "添付済み",
  "file.cancelled": "キャンセル済み",
  "file.row": "{name}、{size}",
  "file.attachedAnnouncement": "{name} を会議に添付しました。",

  "notice.sendUpdate":
    "出席者に添付ファイルを届けるには、更新を送信してください。このウィンドウでは、再読み込みするまで添付ファイルが表示されない場合があります。",

  "error.generic": "問題が発生しました: {detail}",
};
