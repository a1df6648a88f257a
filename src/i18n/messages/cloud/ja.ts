import type { CatalogOf } from "../catalogOf";
import type { cloudEn } from "./en";

export const cloudJa: CatalogOf<typeof cloudEn> = {
  "cloud.open": "OneDrive または SharePoint から選択",
  "cloud.openHint":
    "初回のみ、会議の添付ファイルがファイルを開くことを許可するよう Outlook から求められる場合があります。",
  "cloud.close": "ファイル ピッカーを閉じる",
  "cloud.heading": "OneDrive と SharePoint",
  "cloud.places": "表示",
  "cloud.place.recent": "最近使ったファイル",
  "cloud.place.myFiles": "自分のファイル",
  "cloud.place.sites": "サイト",
  "cloud.search.label": "OneDrive を検索",
  "cloud.search.button": "検索",
  "cloud.search.clear": "検索をクリア",
  "cloud.search.results": "「{text}」の検索結果",
  "cloud.loading": "読み込んでいます…",
  "cloud.empty.recent": "最近使ったファイルはありません。",
  "cloud.empty.folder": "このフォルダーは空です。",
  "cloud.empty.search":
    "OneDrive に「{text}」と一致するものはありません。スペルを確認するか、語句を減らしてもう一度お試しください。",
  "cloud.empty.sites":
    "フォローしている SharePoint サイトはまだありません。SharePoint でサイトをフォローすると、ここに表示されます。",
  "cloud.empty.libraries": "このサイトには、開くことができるドキュメント ライブラリがありません。",
  "cloud.up": "{name} に戻る",
  "cloud.folderPath": "フォルダー: {path}",
  "cloud.entries": "ファイルとフォルダー",
  "cloud.entry.folder": "フォルダー · {count, plural, other {# 個のアイテム}} · 更新日時 {date}",
  "cloud.entry.file": "{size} · 更新日時 {date}",
  "cloud.entry.site": "SharePoint サイト",
  "cloud.entry.library": "ドキュメント ライブラリ",
  "cloud.entry.open": "{name} を開く",
  "cloud.entry.select": "{name} を選択",
  "cloud.entry.selected": "選択済み",
  "cloud.shareFolder": "このフォルダーを添付: {name}",
  "cloud.chosen": "添付する項目: {name}",
  "cloud.kind.label": "リンクを開けるユーザー",
  "cloud.kind.hint": "リンクは、このアクセス許可で OneDrive または SharePoint に作成されます。",
  "cloud.kind.organizationView": "組織内のユーザーは表示できます",
  "cloud.kind.organizationEdit": "組織内のユーザーは編集できます",
  "cloud.kind.anonymousView": "リンクを知っているすべてのユーザーが表示できます",
  "cloud.kind.anonymousEdit": "リンクを知っているすべてのユーザーが編集できます",
  "cloud.kind.refused": "組織で許可されていません",
  "cloud.kind.personal": "個人用 OneDrive では使用できません",
  "cloud.refused":
    "組織では、{kind, select, organizationView {組織内のユーザーが表示できる} organizationEdit {組織内のユーザーが編集できる} anonymousView {リンクを知っているすべてのユーザーが表示できる} other {リンクを知っているすべてのユーザーが編集できる}}リンクは許可されていません。別の種類のリンクを選んでください。",
  "cloud.noKindLeft":
    "組織では、このファイルに対してこれらのリンクはどれも許可されていません。管理者に問い合わせるか、OneDrive でファイルを共有し、そのリンクを下に貼り付けてください。",
  "cloud.attach": "リンクを作成して添付",
  "cloud.linking": "リンクを作成しています…",
  "cloud.attached": "{name} へのリンクを会議に添付しました。",
  "cloud.consentDeclined":
    "許可するまで、会議の添付ファイルはファイルを開けません。何も変更されていません。許可するには、もう一度ボタンを選んでください。",
  "cloud.retry": "再試行",
  "cloud.orPaste": "または、任意のサイトの共有リンクを貼り付けてください:",

  "upload.offer": "OneDrive にアップロードしてリンクを添付",
  "upload.offerHint":
    "ファイルは OneDrive の「Attachments」フォルダーに保存され、会議にはそのファイルへのリンクが添付されます。",
  "upload.kind": "リンクのアクセス許可",
  "upload.kindChoose": "リンクを開けるユーザーを選択してください",
  "upload.uploading": "OneDrive にアップロードしています: {percent, number, percent}",
  "upload.paused":
    "アップロードは {percent, number, percent} の時点で停止しました。[再開] を選ぶと、そこから続行します。",
  "upload.cancel": "停止",
  "upload.resume": "再開",
  "upload.failed": "アップロードが停止しました: {message} [再開] を選ぶと、停止した位置から続行します。",
  "upload.linking": "アップロードしました。リンクを作成しています…",
  "upload.attached": "OneDrive に保存し、リンクとして添付しました。",
  "upload.attachLink": "リンクを添付",

  "error.drive.consentRequired":
    "会議の添付ファイルには、ファイルを開くアクセス許可がありません。もう一度ボタンを選び、Outlook から求められたら許可してください。",
  "error.drive.accessDenied": "このファイルまたはフォルダーへのアクセス権がありません。",
  "error.drive.itemNotFound": "このファイルまたはフォルダーはもうありません。移動または削除された可能性があります。",
  "error.drive.notAFolder": "これはフォルダーではなくファイルです。",
  "error.drive.oneDriveUnavailable":
    "お使いのアカウントにはまだ OneDrive がありません。ブラウザーで一度 OneDrive を開くか、管理者にライセンスを依頼してください。",
  "error.drive.linkKindRefused": "組織では、この種類のリンクは許可されていません。",
  "error.drive.sharingNotSupported": "このアイテムはリンクで共有できません。",
  "error.drive.quotaExceeded": "OneDrive の容量がいっぱいです。空き領域を確保してから、[再開] を選んでください。",
  "error.drive.nameConflict": "この名前のファイルは既にフォルダーにあります。",
  "error.drive.nameInvalid":
    "このファイル名は OneDrive で使用できません。ファイル名を変更してから、もう一度選んでください。",
  "error.drive.folderPathInvalid": "アップロード先の OneDrive フォルダーが無効です。",
  "error.drive.fileEmpty": "ファイルが空です。",
  "error.drive.fileTooLarge": "このファイルは、OneDrive で扱える上限 (250 GB) を超えています。",
  "error.drive.searchTextEmpty": "検索する語句を入力してください。",
  "error.drive.uploadSessionExpired":
    "アップロードに時間がかかりすぎたため、OneDrive で破棄されました。[再開] を選ぶと、最初からやり直します。",
  "error.drive.uploadOutcomeUnknown":
    "ファイルのアップロードが完了する直前に接続が切断されました。再試行する前に、OneDrive の「Attachments」フォルダーを確認してください。",
};
