import type { CatalogOf } from "../catalogOf";
import type { linkEn } from "./en";

export const linkJa: CatalogOf<typeof linkEn> = {
  "link.url.label": "リンク",
  "link.url.hint": "OneDrive、SharePoint、Dropbox などのサイトの共有リンク (https://) を貼り付けてください。",
  "link.url.site": "{name} で開きます",
  "link.url.sentAs": "送信される形式: {detail}",

  "link.error.empty": "ファイルまたはフォルダーへのリンクを貼り付けてください。",
  "link.error.tooLong":
    "このリンクは {limit} 文字を超えています。添付できるのはこの長さまでです。もっと短い共有リンクを使ってください。",
  "link.error.whitespace":
    "リンクにスペースまたは改行が含まれています。もう一度コピーするか、スペースを削除してください。",
  "link.error.invisibleCharacters":
    "リンクに、別の読み方をさせるおそれのある見えない文字が含まれています。サイトからもう一度コピーしてください。",
  "link.error.noScheme": "リンクの先頭に https:// を追加してください。",
  "link.error.http":
    "このリンクは安全でない http:// で始まっています。添付できるのは https:// のリンクのみです。サイトに https:// のアドレスがあるか確認してください。",
  "link.error.javascript":
    "スクリプトを実行するリンク (javascript:) は添付できません。ファイルの https:// 共有リンクを貼り付けてください。",
  "link.error.data":
    "内容そのものを含むリンク (data:) は添付できません。[ファイル] タブを使うか、ファイルの https:// 共有リンクを貼り付けてください。",
  "link.error.noHost": "https:// の後にサイト名がありません。リンク全体をもう一度コピーしてください。",
  "link.error.credentials":
    "リンクにユーザー名またはパスワード (@ の前) が含まれています。削除してください。出席者は自分のアカウントでサインインします。",

  "link.provider.label": "保存場所",
  "link.provider.oneDriveBusiness": "SharePoint または OneDrive (職場または学校)",
  "link.provider.oneDriveConsumer": "OneDrive (個人用)",
  "link.provider.other": "その他のサイト",
  "link.provider.recognised": "リンクから認識しました。",
  "link.provider.differs": "このリンクは {name} のもののようです。",
  "link.provider.useRecognised": "認識された保存場所を使用",

  "link.name.label": "名前",
  "link.name.hint": "出席者には会議でこの名前が表示されます。",

  "link.permission.label": "リンクで許可されること",
  "link.permission.hint":
    "出席者にはリンクと一緒にこの情報が表示されます。ファイルを開けるユーザーは変わりません。それはファイルを共有している場所で設定します。",
  "link.permission.view": "出席者は表示できます",
  "link.permission.edit": "出席者は編集できます",
  "link.permission.organizationView": "組織内のユーザーは表示できます",
  "link.permission.organizationEdit": "組織内のユーザーは編集できます",
  "link.permission.anonymousView": "リンクを知っているすべてのユーザーが表示できます",
  "link.permission.anonymousEdit": "リンクを知っているすべてのユーザーが編集できます",
  "link.permission.other": "その他: リンクの共有設定で許可されている範囲",

  "link.folder.label": "これはフォルダーです",

  "link.attach": "リンクを添付",
  "link.sending": "リンクを添付しています…",
  "link.cancel": "キャンセル",
  "link.cancelled": "キャンセルしました。リンクと選択内容はそのまま残っています。",
  "link.attached": "{name} を会議に添付しました。",
};
