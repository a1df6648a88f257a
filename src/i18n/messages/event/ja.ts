import type { CatalogOf } from "../catalogOf";
import type { eventEn } from "./en";

export const eventJa: CatalogOf<typeof eventEn> = {
  "event.mode.label": "添付するイベント",
  "event.mode.compose": "新しいイベントを作成",
  "event.mode.pick": "自分の予定表から選択",
  "event.loadingPicker": "予定表を開いています…",

  "event.name.label": "添付ファイル名",
  "event.name.hint": "空欄の場合は件名が使われます。",
  "event.subject.label": "件名",
  "event.location.label": "場所",
  "event.allDay.label": "終日",
  "event.start.date": "開始日",
  "event.start.time": "開始時刻",
  "event.end.date": "終了日",
  "event.end.time": "終了時刻",
  "event.timeZone.label": "タイム ゾーン",
  "event.body.label": "説明",
  "event.bodyType.label": "説明の形式",
  "event.bodyType.text": "テキスト形式",
  "event.bodyType.html": "HTML (書式あり)",
  "event.bodyType.htmlHint": "改行はそのまま保持されます。HTML コードのような文字列も入力したとおりに表示されます。",

  "event.attach": "添付",
  "event.cancel": "キャンセル",
  "event.sending": "イベントを添付しています…",
  "event.attached": "「{name}」を会議に添付しました。",
  "event.cancelled": "添付をキャンセルしました。",

  "event.error.nameFromSubjectTooLong":
    "件名が添付ファイル名として使われますが、255 文字を超えています。短い添付ファイル名を入力してください。",
  "event.error.startDateMissing": "開始日を入力してください。",
  "event.error.endDateMissing": "終了日を入力してください。",
  "event.error.startTimeMissing": "開始時刻を入力してください。",
  "event.error.endTimeMissing": "終了時刻を入力してください。",
  "event.error.dateImpossible": "この日付は存在しません。日と月を確認してください。",
  "event.error.timeInvalid": "00:00 から 23:59 までの時刻を入力してください。",
  "event.error.dateOutOfRange":
    "{first} 年から {last} 年までの日付を選んでください。Outlook で保存できるのはこの範囲の年です。",
  "event.error.timeSkipped":
    "選択したタイム ゾーンでは、この時刻は存在しません (時計が進められるため)。別の時刻を選んでください。",
  "event.error.timeZoneUnknown":
    "「{name}」は Outlook で認識できるタイム ゾーンではありません。一覧から選択してください。",
  "event.error.endDateBeforeStart": "終了日は開始日と同じか、それより後の日付にしてください。",

  "event.pick.search": "件名で検索",
  "event.pick.searchPlaceholder": "例: 計画",
  "event.pick.from": "開始",
  "event.pick.to": "終了",
  "event.pick.fromMissing": "検索する期間の最初の日を入力してください。",
  "event.pick.toMissing": "検索する期間の最後の日を入力してください。",
  "event.pick.find": "検索",
  "event.pick.searching": "予定表を検索しています…",
  "event.pick.results": "{count, plural, =0 {一致するイベントはありません。} other {# 件のイベントが見つかりました。}}",
  "event.pick.resultsLabel": "予定表のイベント",
  "event.pick.previewLabel": "選択したイベント",
  "event.pick.noneSelected": "一覧からイベントを選択すると、ここに表示されます。",
  "event.pick.bodyLoading": "説明を読み込んでいます…",
  "event.pick.noBody": "説明はありません。",
  "event.pick.bodyFailed": "説明を読み込めませんでした。説明なしでイベントを添付することはできます。",
  "event.pick.noTimes": "このイベントには開始時刻または終了時刻がないため、添付できません。",
  "event.pick.chooseFirst": "先に一覧からイベントを選択してください。",
};
