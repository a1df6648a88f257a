import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../../shared/demoIdentity";
import { contentTypeForName } from "../contentType";
import { rootItemId, siteIdFor, stableGuid } from "./driveIds";
import { myHostOf } from "./driveOptions";
import { personalPathOf, type DriveStore, type StoredDrive } from "./driveStore";

/**
 * The seeded drives' ids, in the formats Graph uses (see driveIds.ts): a drive id is `b!` and 64 characters; an
 * item id is `01`, the drive's six-character prefix and 26 more (the root's 26 are the same in every drive). Site
 * ids are `host,siteCollectionId,webId` for the default SharePoint host "contoso.sharepoint.com".
 */
export const SEED_DRIVE_IDS = {
  /** Adele Vance's (the demo organizer's) OneDrive. */
  organizerDrive: "b!-kA8py2Pnk6tvpKRMzG0bFSavxuRWXVEpx68969L_PmI5WKpdz_ITaTd-SCXo3Kt",
  organizerRoot: "01KBHHQ356Y2GOVW7725BZO354PWSELRRZ",
  projectsFolder: "01KBHHQ3LOXR2PMZU67M4AFUE52WDIZ5R5",
  rolloutFolder: "01KBHHQ3K3YJJTONLLZEM5UCNVNCMSVMKU",
  rolloutPlanDocx: "01KBHHQ35XBBCMPKGJWCR4ZAHZFUONQAKB",
  budgetXlsx: "01KBHHQ3KWCQFTODNJ23ZNONOX7NFGJVDG",
  kickoffDeckPptx: "01KBHHQ33TBONEW2RAGIQZINM6TYJUQAOC",
  archiveFolder: "01KBHHQ3AISTFDEL4W4LQVQ2CKKGGFESQQ",
  retrospectivePdf: "01KBHHQ3CNVAQIE7NKCNFKJ7VFL547HZOP",
  meetingNotesFolder: "01KBHHQ3KN5EBXV6Q6LM5J3CDA26EDAIGA",
  planningNotesDocx: "01KBHHQ3SZKJ2NW67Z3P5WYJCI7XOULC7R",
  designNotesDocx: "01KBHHQ3WYATO4ILITI2WCSFL77YY6LSXU",
  picturesFolder: "01KBHHQ3LI23IM5HI5HMHXI2SFCXYVTI3Z",
  whiteboardPng: "01KBHHQ3NGCW7K2XZ25KQMS6DJWIS2WUNS",
  sketchPng: "01KBHHQ3TNXALCEB7YBSMLSOXUFTDTKLRC",
  recordingsFolder: "01KBHHQ3ROIQND4TBEM343EBURY65HXRUL",
  workshopRecordingMp4: "01KBHHQ3ZIRGB7FYDBPHAYCGBH46TU4RZZ",
  expensesXlsx: "01KBHHQ3PNTQQOLREV6UIQ3VYIHLF3DFMB",
  contractPdf: "01KBHHQ3V2CXL763ALIETS26PFNUWZVXSI",
  /** Megan Bowen's OneDrive; she shared one deck with Adele (read). */
  calendarOwnerDrive: "b!3Oaf0ho_m0yqvSl_4_NkVm2w8XbotqRJpoID7p7U5KOC4RYbG4otTqfUR2cALQkK",
  calendarOwnerRoot: "01QECVGL56Y2GOVW7725BZO354PWSELRRZ",
  boardDeckPptx: "01QECVGL4Y5QY3JDAX66675POGP6AZ3F57",
  /** The Marketing site Adele follows and may edit, its "Documents" library and an "Event photos" one. */
  marketingSite: "contoso.sharepoint.com,673bbc95-dc8b-4a73-ad94-3889340e9c68,ac00e831-9de1-48ae-a862-c190c8f32996",
  marketingDrive: "b!lbw7Z4vcc0qtlDiJNA6caDHoAKzhna5IqGLBkMjzKZatWZkn5zKISaSWQqCtlkS9",
  marketingRoot: "01JFJHR756Y2GOVW7725BZO354PWSELRRZ",
  campaignsFolder: "01JFJHR7DBK5TKRDSMZ6NRCFH57RV6JI6M",
  campaignBriefDocx: "01JFJHR7QOC6SWWBHJPW42N5O6XEZC2GN6",
  launchVideoMp4: "01JFJHR7I4MTGKC7CUFU5LT4Q4FJ7CPL2X",
  brandGuidelinesPdf: "01JFJHR7RRZWKUSWUR7SKDGBWSZ6ZR7CSZ",
  logoPng: "01JFJHR7QDFAFGYI3INRATXPEYW7ESWJTW",
  marketResearchXlsx: "01JFJHR7KUSSO7GMKTCAWV2EWV7ZKDUID6",
  eventPhotosDrive: "b!lbw7Z4vcc0qtlDiJNA6caDHoAKzhna5IqGLBkMjzKZb4hVohA-DyRaaWfW2tE4FH",
  eventPhotosRoot: "01DVI5UN56Y2GOVW7725BZO354PWSELRRZ",
  offsitePhotoPng: "01DVI5UNUSPTDSR5CF7PWQDF37IKCOFW5P",
} as const;

const IDS = SEED_DRIVE_IDS;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

interface SeedItem {
  id: string;
  parent: string;
  name: string;
  /** A file's bytes; omitted for a folder. */
  size?: number;
  createdDaysAgo: number;
  modifiedDaysAgo: number;
  by?: string;
}

const ADELE = DEMO_ORGANIZER.upn;
const MEGAN = DEMO_CALENDAR_OWNER.upn;

const ORGANIZER_ITEMS: readonly SeedItem[] = [
  { id: IDS.projectsFolder, parent: IDS.organizerRoot, name: "Projects", createdDaysAgo: 410, modifiedDaysAgo: 0.1 },
  {
    id: IDS.rolloutFolder,
    parent: IDS.projectsFolder,
    name: "Contoso rollout",
    createdDaysAgo: 60,
    modifiedDaysAgo: 0.1,
  },
  {
    id: IDS.rolloutPlanDocx,
    parent: IDS.rolloutFolder,
    name: "Rollout plan.docx",
    size: 48_213,
    createdDaysAgo: 58,
    modifiedDaysAgo: 0.1,
  },
  {
    id: IDS.budgetXlsx,
    parent: IDS.rolloutFolder,
    name: "Budget FY26.xlsx",
    size: 126_904,
    createdDaysAgo: 41,
    modifiedDaysAgo: 3,
  },
  {
    id: IDS.kickoffDeckPptx,
    parent: IDS.rolloutFolder,
    name: "Kickoff deck.pptx",
    size: 3_481_210,
    createdDaysAgo: 30,
    modifiedDaysAgo: 1,
  },
  { id: IDS.archiveFolder, parent: IDS.projectsFolder, name: "Archive", createdDaysAgo: 400, modifiedDaysAgo: 95 },
  {
    id: IDS.retrospectivePdf,
    parent: IDS.archiveFolder,
    name: "2024 retrospective.pdf",
    size: 1_204_533,
    createdDaysAgo: 95,
    modifiedDaysAgo: 95,
  },
  {
    id: IDS.meetingNotesFolder,
    parent: IDS.organizerRoot,
    name: "Meeting notes",
    createdDaysAgo: 380,
    modifiedDaysAgo: 6,
  },
  {
    id: IDS.planningNotesDocx,
    parent: IDS.meetingNotesFolder,
    name: "Quarterly planning notes.docx",
    size: 23_877,
    createdDaysAgo: 20,
    modifiedDaysAgo: 6,
  },
  {
    id: IDS.designNotesDocx,
    parent: IDS.meetingNotesFolder,
    name: "Design review notes.docx",
    size: 31_210,
    createdDaysAgo: 12,
    modifiedDaysAgo: 9,
  },
  { id: IDS.picturesFolder, parent: IDS.organizerRoot, name: "Pictures", createdDaysAgo: 410, modifiedDaysAgo: 4 },
  {
    id: IDS.whiteboardPng,
    parent: IDS.picturesFolder,
    name: "Whiteboard 2025-02-27.png",
    size: 2_318_442,
    createdDaysAgo: 4,
    modifiedDaysAgo: 4,
  },
  {
    id: IDS.sketchPng,
    parent: IDS.picturesFolder,
    name: "Architecture sketch.png",
    size: 412_009,
    createdDaysAgo: 33,
    modifiedDaysAgo: 33,
  },
  { id: IDS.recordingsFolder, parent: IDS.organizerRoot, name: "Recordings", createdDaysAgo: 200, modifiedDaysAgo: 10 },
  {
    id: IDS.workshopRecordingMp4,
    parent: IDS.recordingsFolder,
    name: "Customer workshop recording.mp4",
    size: 1_873_412_096,
    createdDaysAgo: 10,
    modifiedDaysAgo: 10,
  },
  {
    id: IDS.expensesXlsx,
    parent: IDS.organizerRoot,
    name: "Expense report March.xlsx",
    size: 58_120,
    createdDaysAgo: 15,
    modifiedDaysAgo: 2,
  },
  {
    id: IDS.contractPdf,
    parent: IDS.organizerRoot,
    name: "Vendor contract.pdf",
    size: 684_211,
    createdDaysAgo: 70,
    modifiedDaysAgo: 70,
  },
];

const OWNER_ITEMS: readonly SeedItem[] = [
  {
    id: IDS.boardDeckPptx,
    parent: IDS.calendarOwnerRoot,
    name: "Board preparation.pptx",
    size: 5_730_114,
    createdDaysAgo: 8,
    modifiedDaysAgo: 2,
    by: MEGAN,
  },
];

const MARKETING_ITEMS: readonly SeedItem[] = [
  {
    id: IDS.campaignsFolder,
    parent: IDS.marketingRoot,
    name: "Campaigns",
    createdDaysAgo: 300,
    modifiedDaysAgo: 1,
    by: MEGAN,
  },
  {
    id: IDS.campaignBriefDocx,
    parent: IDS.campaignsFolder,
    name: "Spring campaign brief.docx",
    size: 88_410,
    createdDaysAgo: 21,
    modifiedDaysAgo: 1,
    by: MEGAN,
  },
  {
    id: IDS.launchVideoMp4,
    parent: IDS.campaignsFolder,
    name: "Launch video.mp4",
    size: 412_883_968,
    createdDaysAgo: 14,
    modifiedDaysAgo: 14,
    by: MEGAN,
  },
  {
    id: IDS.brandGuidelinesPdf,
    parent: IDS.marketingRoot,
    name: "Brand guidelines.pdf",
    size: 5_302_118,
    createdDaysAgo: 250,
    modifiedDaysAgo: 45,
    by: MEGAN,
  },
  {
    id: IDS.logoPng,
    parent: IDS.marketingRoot,
    name: "Logo.png",
    size: 96_004,
    createdDaysAgo: 250,
    modifiedDaysAgo: 250,
  },
  {
    id: IDS.marketResearchXlsx,
    parent: IDS.marketingRoot,
    name: "Market research.xlsx",
    size: 744_390,
    createdDaysAgo: 90,
    modifiedDaysAgo: 7,
  },
];

const PHOTO_ITEMS: readonly SeedItem[] = [
  {
    id: IDS.offsitePhotoPng,
    parent: IDS.eventPhotosRoot,
    name: "Team offsite.png",
    size: 3_912_775,
    createdDaysAgo: 40,
    modifiedDaysAgo: 40,
  },
];

/** The organizer's recent list: hours ago, own files and others' (which come back as remoteItem). */
const ORGANIZER_RECENT: ReadonlyArray<[driveId: string, itemId: string, hoursAgo: number]> = [
  [IDS.organizerDrive, IDS.rolloutPlanDocx, 2],
  [IDS.organizerDrive, IDS.kickoffDeckPptx, 24],
  [IDS.marketingDrive, IDS.campaignBriefDocx, 26],
  [IDS.calendarOwnerDrive, IDS.boardDeckPptx, 48],
  [IDS.organizerDrive, IDS.budgetXlsx, 72],
  [IDS.organizerDrive, IDS.whiteboardPng, 96],
  [IDS.marketingDrive, IDS.brandGuidelinesPdf, 144],
];

function addItems(store: DriveStore, driveId: string, items: readonly SeedItem[], owner: string, now: number): void {
  for (const seed of items) {
    const by = seed.by ?? owner;
    store.addItem({
      driveId,
      id: seed.id,
      parentId: seed.parent,
      name: seed.name,
      kind: seed.size === undefined ? "folder" : "file",
      size: seed.size ?? 0,
      mimeType: seed.size === undefined ? null : contentTypeForName(seed.name),
      createdDateTime: new Date(now - seed.createdDaysAgo * DAY),
      lastModifiedDateTime: new Date(now - seed.modifiedDaysAgo * DAY),
      createdBy: by,
      uniqueId: stableGuid(`seed/${seed.id}`),
    });
  }
}

interface SeedSite {
  host: string;
  path: string;
  name: string;
  displayName: string;
  description: string;
  siteCollectionId: string;
  webId: string;
  personal: boolean;
  members: Array<[string, "read" | "write"]>;
}

function addSite(store: DriveStore, seed: SeedSite, created: Date): string {
  const webUrl = `https://${seed.host}${seed.path}`;
  return store.addSite({
    id: siteIdFor(seed.host, seed.siteCollectionId, seed.webId),
    hostname: seed.host,
    siteCollectionId: seed.siteCollectionId,
    webId: seed.webId,
    name: seed.name,
    displayName: seed.displayName,
    description: seed.description,
    webUrl,
    createdDateTime: created,
    lastModifiedDateTime: created,
    personal: seed.personal,
    members: new Map(seed.members.map(([upn, role]) => [upn.toLowerCase(), role])),
  }).id;
}

function addLibrary(
  store: DriveStore,
  drive: Omit<StoredDrive, "rootId" | "createdDateTime" | "description">,
  created: Date,
): void {
  store.addDrive({ ...drive, rootId: rootItemId(drive.itemPrefix), description: "", createdDateTime: created });
}

/**
 * The demo tenant's files: the organizer's OneDrive (folders, Office documents, PDFs, pictures, a large recording),
 * a deck the calendar owner shared with her, and the Marketing site she follows with two libraries. Dates are
 * relative to `now`, so "recent" stays recent.
 */
export function seedDriveData(store: DriveStore, sharePointHost: string, now: Date): void {
  const myHost = myHostOf(sharePointHost);
  const at = now.getTime();
  const longAgo = new Date(at - 420 * DAY);

  const adeleSite = addSite(
    store,
    {
      host: myHost,
      path: `/personal/${personalPathOf(ADELE)}`,
      name: personalPathOf(ADELE),
      displayName: DEMO_ORGANIZER.displayName,
      description: "",
      siteCollectionId: "a73c40fa-8f2d-4e9e-adbe-92913331b46c",
      webId: "1bbf9a54-5991-4475-a71e-bcf7af4bfcf9",
      personal: true,
      members: [[ADELE, "write"]],
    },
    longAgo,
  );
  addLibrary(
    store,
    {
      id: IDS.organizerDrive,
      siteId: adeleSite,
      listId: "a962e588-3f77-4dc8-a4dd-f92097a372ad",
      driveType: "business",
      name: "OneDrive",
      webUrl: `https://${myHost}/personal/${personalPathOf(ADELE)}/Documents`,
      itemPrefix: "KBHHQ3",
      ownerUpn: ADELE,
    },
    longAgo,
  );
  addItems(store, IDS.organizerDrive, ORGANIZER_ITEMS, ADELE, at);

  const meganSite = addSite(
    store,
    {
      host: myHost,
      path: `/personal/${personalPathOf(MEGAN)}`,
      name: personalPathOf(MEGAN),
      displayName: DEMO_CALENDAR_OWNER.displayName,
      description: "",
      siteCollectionId: "d29fe6dc-3f1a-4c9b-aabd-297fe3f36456",
      webId: "76f1b06d-b6e8-49a4-a682-03ee9ed4e4a3",
      personal: true,
      members: [[MEGAN, "write"]],
    },
    longAgo,
  );
  addLibrary(
    store,
    {
      id: IDS.calendarOwnerDrive,
      siteId: meganSite,
      listId: "1b16e182-8a1b-4e2d-a7d4-4767002d090a",
      driveType: "business",
      name: "OneDrive",
      webUrl: `https://${myHost}/personal/${personalPathOf(MEGAN)}/Documents`,
      itemPrefix: "QECVGL",
      ownerUpn: MEGAN,
    },
    longAgo,
  );
  addItems(store, IDS.calendarOwnerDrive, OWNER_ITEMS, MEGAN, at);
  const deck = store.item(IDS.calendarOwnerDrive, IDS.boardDeckPptx);
  if (deck) store.share(deck, ADELE, "read");

  const marketing = addSite(
    store,
    {
      host: sharePointHost,
      path: "/sites/Marketing",
      name: "Marketing",
      displayName: "Marketing",
      description: "Campaigns, brand assets and market research",
      siteCollectionId: "673bbc95-dc8b-4a73-ad94-3889340e9c68",
      webId: "ac00e831-9de1-48ae-a862-c190c8f32996",
      personal: false,
      members: [
        [ADELE, "write"],
        [MEGAN, "write"],
      ],
    },
    longAgo,
  );
  addLibrary(
    store,
    {
      id: IDS.marketingDrive,
      siteId: marketing,
      listId: "279959ad-32e7-4988-a496-42a0ad9644bd",
      driveType: "documentLibrary",
      name: "Documents",
      webUrl: `https://${sharePointHost}/sites/Marketing/Shared%20Documents`,
      itemPrefix: "JFJHR7",
      ownerUpn: null,
    },
    longAgo,
  );
  addItems(store, IDS.marketingDrive, MARKETING_ITEMS, ADELE, at);
  addLibrary(
    store,
    {
      id: IDS.eventPhotosDrive,
      siteId: marketing,
      listId: "215a85f8-e003-45f2-a696-7d6dad138147",
      driveType: "documentLibrary",
      name: "Event photos",
      webUrl: `https://${sharePointHost}/sites/Marketing/Event%20photos`,
      itemPrefix: "DVI5UN",
      ownerUpn: null,
    },
    longAgo,
  );
  addItems(store, IDS.eventPhotosDrive, PHOTO_ITEMS, MEGAN, at);
  store.follow(ADELE, marketing);

  for (const [driveId, itemId, hoursAgo] of ORGANIZER_RECENT) {
    store.recordAccess(ADELE, driveId, itemId, new Date(at - hoursAgo * HOUR));
  }
}
