import type { CatalogOf } from "../catalogOf";
import type { coreEn } from "./en";

export const coreJa: CatalogOf<typeof coreEn> = {
  "app.title": "会議の添付ファイル",
  "app.loading": "開いています…",

  "outside.title": "Outlook の会議から開いてください",
  "outside.body":
    "会議の添付ファイルは Outlook 内で動作します。開催者である会議を開き、必要に応じて [編集] を選び、リボンの [会議の添付ファイル] グループにある [会議に添付] を選択してください。",
  "outside.noOfficeJs":
    "Office を読み込めませんでした。ネットワーク接続を確認し、このウィンドウを再読み込みしてください。",
  "part.loadFailed":
    "ウィンドウのこの部分を読み込めませんでした。ネットワーク接続を確認してから、もう一度お試しください。",
  "part.retry": "再試行",

  "meeting.loading": "会議を読み取っています…",
  "meeting.noSubject": "(件名なし)",
  "meeting.saved": "保存済み",
  "meeting.notSaved": "未保存",
  "meeting.series": "定期的な会議の全体を編集しています。添付ファイルは定期的な会議全体に追加されます。",
  "meeting.occurrence": "定期的な会議の 1 回分を編集しています。添付ファイルはこの回にのみ追加されます。",
  "meeting.sharedCalendar": "{owner} さんの予定表",
  "meeting.olderOutlook":
    "このバージョンの Outlook では、会議を保存しないとアドインがどの会議が開いているかを判別できません。そのため、添付ファイルを追加するたびに保存を求められます。共有の予定表の会議は認識されません。",
  "meeting.readError": "Outlook から会議の詳細を読み取れませんでした。{detail}",

  "save.title": "先に会議を保存しますか?",
  "save.bodyNew":
    "添付ファイルは保存済みの会議にのみ追加できます。保存すると会議が予定表に登録されます。[送信] を選ぶまで招待は送信されません。",
  "save.bodyExisting":
    "添付ファイルは変更を保存した後に追加できます。保存すると、追加または削除した出席者に更新が送信されます。",
  "save.confirm": "保存して続行",
  "save.cancel": "後で",
  "save.declined":
    "何も保存も添付もされていません。入力した内容はそのまま残っています。準備ができたら [添付] を選んでください。",

  "sync.waiting": "保存した会議が Outlook からサーバーに同期されるのを待っています (現在 {seconds} 秒)…",
  "sync.cancel": "待つのをやめる",

  "signIn.inProgress": "サインインしています…",
  "signIn.retry": "再試行",
  "signIn.path": "サインイン済み ({path})",

  "tab.file": "ファイル",
  "tab.event": "イベント",
  "tab.link": "クラウド リンク",

  "file.pick": "ファイルを選択",
  "file.dropHint": "またはここにファイルをドロップ",
  "file.attach": "添付",
  "file.cancel": "キャンセル",
  "file.retry": "再試行",
  "file.attachLinkInstead": "代わりにリンクを添付",
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
  "error.withReference": "{message} (サポート用の参照 ID: {reference})",

  "error.graph.unauthorized":
    "Microsoft 365 でサインインが受け付けられませんでした。もう一度サインインしてから、再試行してください。",
  "error.graph.accessDenied":
    "この会議を変更するアクセス許可がありません。予定表の所有者に編集権限を依頼してください。",
  "error.graph.notFound":
    "サーバー上に会議が見つかりませんでした。保存した直後の場合は、1 分ほど待ってから再試行してください。",
  "error.graph.invalidId":
    "Outlook から渡された ID をサーバーが認識できません。会議を閉じてもう一度開いてから、再試行してください。",
  "error.graph.ewsId":
    "Outlook から渡された ID は、サーバーで使用できない古い形式です。会議を閉じてもう一度開いてから、再試行してください。",
  "error.graph.conflict": "同時に別の場所で会議が変更されました。再試行してください。",
  "error.graph.tooLarge":
    "ファイルが大きすぎるため、1 回の要求では送信できません。再試行してください。再び失敗する場合は、サーバーがこのファイル サイズを拒否しています。",
  "error.graph.belowSessionMinimum":
    "このファイルはサイズが小さいため、サーバーが分割での受け取りを拒否しました。再試行してください。",
  "error.graph.unprocessable": "サーバーで添付ファイルを処理できませんでした。再試行するか、問題を報告してください。",
  "error.graph.badRequest": "サーバーが要求を拒否しました。再試行するか、問題を報告してください。",
  "error.graph.throttled":
    "Microsoft 365 は、お使いのメールボックスに対する他の要求を処理中です。しばらく待ってから再試行してください。",
  "error.graph.server": "Microsoft 365 で問題が発生しました。しばらく待ってから再試行してください。",
  "error.graph.network": "接続が切断されました。ネットワークを確認してから、再試行してください。",
  "error.graph.timeout": "サーバーの応答に時間がかかりすぎました。再試行してください。",
  "error.graph.cancelled": "キャンセルされました。",
  "error.graph.mailboxFull":
    "会議のサイズがメールボックスで許容される上限を超えてしまいます。代わりにファイルへのリンクを添付してください。",
  "error.graph.uploadSessionSharedMailbox":
    "他のユーザーの予定表にある会議には、3 MB を超えるファイルを添付できません (Microsoft 365 の制限事項)。代わりにファイルへのリンクを添付してください。",
  "error.graph.uploadHostUnreachable":
    "このネットワークから Outlook のアップロード サービス ({host}) に接続できなかったため、ファイルをアップロードできませんでした。何も添付されていません。代わりにファイルへのリンクを添付できます。",
  "error.graph.unexpectedResponse": "サーバーから、アドインが解釈できない応答が返されました。再試行してください。",
  "error.graph.outcomeUnknown":
    "添付ファイルの送信後に接続が切断されたため、添付ファイルが追加されている可能性があります。再試行する前に、下の添付ファイルの一覧を確認してください。",
  "error.graph.unknown": "サーバーが要求を拒否しました。再試行するか、問題を報告してください。",

  "error.input.nameEmpty": "名前を入力してください。",
  "error.input.nameTooLong": "名前は 255 文字以内で入力してください。",
  "error.input.nameInvalid": "名前に使用できない文字 (制御文字または文字の方向を変更する文字) が含まれています。",
  "error.input.nameReserved":
    "この名前 (CON、PRN、AUX、NUL、COM1～COM9、LPT1～LPT9、またはピリオドのみ) は Windows で予約されているため、出席者が添付ファイルを保存できません。別の名前を選んでください。",
  "error.input.fileEmpty": "このファイルは空 (0 バイト) のため、添付する内容がありません。",
  "error.input.fileTooLarge":
    "このファイルは、Outlook で扱える上限の 150 MB を超えています。代わりにファイルへのリンクを添付してください。",
  "error.input.fileTooLargeForCloud":
    "この Microsoft 365 クラウドでは、3 MB を超えるファイルを添付できません。代わりにファイルへのリンクを添付してください。",
  "error.input.subjectInvalid": "件名を入力してください。",
  "error.input.bodyInvalid": "この説明は使用できません。内容を確認して、もう一度お試しください。",
  "error.input.dateInvalid": "有効な日付と時刻を入力してください。",
  "error.input.timeZoneEmpty": "タイム ゾーンを選択してください。",
  "error.input.endBeforeStart": "終了は開始より後に設定してください。",
  "error.input.allDayNotMidnight": "終日のイベントは、開始と終了を午前 0 時にする必要があります。",
  "error.input.urlInvalid": "https:// で始まる完全なリンクを入力してください。",
  "error.input.urlNotHttps": "添付できるのは安全なリンク (https://) のみです。",
  "error.input.providerUnknown": "ファイルの保存場所を選択してください。",
  "error.input.permissionUnknown": "出席者がリンクでできる操作を選択してください。",
  "error.input.rangeInvalid": "検索期間の終了は開始より後に設定してください。",
  "error.input.mailboxLimit":
    "このファイルを追加すると、会議のサイズがメールボックスで許容される上限の {limit} を超えます。代わりにファイルへのリンクを添付してください。",

  "error.auth.consentRequired":
    "アドインによる予定表の使用を許可してください。[再試行] を選び、要求を承諾してください。",
  "error.auth.adminConsentRequired":
    "このアドインが予定表を使用するには、組織の管理者による承認が必要です。IT 管理者に問い合わせてください。",
  "error.auth.userCancelled": "サインインがキャンセルされました。サインインするには、[再試行] を選んでください。",
  "error.auth.popupBlocked":
    "サインイン ウィンドウがブロックされました。Outlook のポップアップを許可してから、[再試行] を選んでください。",
  "error.auth.noAccount":
    "サインインしているアカウントが見つかりませんでした。[再試行] を選んでサインインしてください。",
  "error.auth.untrustedOrigin":
    "このアドインの登録が完了していないため、Office によってサインインが拒否されました。IT 管理者にアドインの設定の確認を依頼してください。",
  "error.auth.personalAccountUnsupported":
    "個人用 Microsoft アカウント (Outlook.com) では、Office 経由のサインインを利用できません。職場または学校アカウントを使用してください。",
  "error.auth.office13001": "Office にサインインしていません。Office にサインインしてから、[再試行] を選んでください。",
  "error.auth.office13006":
    "Office でサインインの問題が発生しました。Office からサインアウトしてもう一度サインインし、会議を開き直してください。",
  "error.auth.office13012": "このバージョンの Outlook では、Office 経由のサインインはサポートされていません。",
  "error.auth.dialogClosed": "サインイン ウィンドウが閉じられました。サインインするには、[再試行] を選んでください。",
  "error.auth.timeout": "サインインに時間がかかりすぎました。[再試行] を選んでください。",
  "error.auth.offline": "オフラインになっているようです。ネットワークに再接続してから、[再試行] を選んでください。",
  "error.auth.notConfigured": "このアドインにはサインインの構成が設定されていません。IT 管理者に問い合わせてください。",
  "error.auth.unknown": "サインインに失敗しました。[再試行] を選んでください。",

  "error.office.timeout": "Outlook から時間内に応答がありませんでした。再試行してください。",
  "error.office.cancelled": "キャンセルされました。",
  "error.office.notAvailable":
    "このバージョンの Outlook では、アドインに会議の詳細を渡すことができません。Outlook を更新するか、Outlook on the web を使用してください。",
  "error.office.manifestPermission":
    "アドインにはこの操作を行う権限がありません。IT 管理者にアドインの設定の確認を依頼してください。",
  "error.office.invalidArgument": "Outlook が要求を拒否しました。再試行してください。",
  "error.office.notAppointment": "このアドインを使用するには、会議を開いてください。",
  "error.office.itemNotSaved": "添付するには、先に会議を保存する必要があります。",
  "error.office.saveFailed": "Outlook で会議を保存できませんでした。接続を確認してから、再試行してください。",
  "error.office.itemMoved":
    "会議が移動されたか、会議のメールボックスが変わりました。会議を閉じてもう一度開いてから、再試行してください。",
  "error.office.itemChanged": "別のアイテムが選択されました。会議をもう一度開いてから、再試行してください。",
  "error.office.itemNotFound":
    "Outlook でこの会議が見つかりません。会議を閉じてもう一度開いてから、再試行してください。",
  "error.office.networkError": "Outlook がオフラインです。再接続してから、再試行してください。",
  "error.office.serverError": "メール サーバーからエラーが返されました。しばらくしてから再試行してください。",
  "error.office.accessDenied": "この会議を変更するアクセス許可がありません。",
  "error.office.notSupportedForSharedFolders": "共有の予定表では、Outlook でこの操作は許可されていません。",
  "error.office.attachmentTooLarge":
    "Outlook がこのファイルを受け付けませんでした。会議ウィンドウにはこれほど大きな添付ファイルを追加できません。代わりにファイルへのリンクを添付してください。",
  "error.office.tooManyAttachments":
    "会議ウィンドウの添付ファイル数が Outlook の上限に達しています。1 つ削除するか、代わりにリンクを添付してください。",
  "error.office.attachmentTypeNotSupported":
    "この種類のファイルは Outlook で添付できません。代わりにファイルへのリンクを添付してください。",
  "error.office.attachmentFailed": "Outlook は添付ファイルを会議ウィンドウに追加できませんでした。再試行してください。",
  "error.office.formOutcomeUnknown":
    "Outlook から添付の確認が時間内に届きませんでした。会議ウィンドウに追加されている可能性があるため、再試行する前にウィンドウの添付ファイルを確認してください。",
  "error.office.invalidItemId":
    "Outlook から渡された ID をサーバーが認識できません。会議を閉じてもう一度開いてください。",
  "error.office.eventNotSynced":
    "保存した会議はまだサーバーに届いていません。クラシック Outlook では、[送受信] > [フォルダーの更新] を選び (またはオンライン モードに切り替え)、1 分ほど待ってから再試行してください。",
  "error.office.hostError": "Outlook から問題が報告されました。再試行してください。",
  "error.office.readOnlyDelegate":
    "{owner} さんの予定表は閲覧できますが変更はできないため、何も添付できません。{owner} さんに編集権限を依頼してください。",
};
