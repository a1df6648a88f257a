import { useEffect, useState } from "react";
import { isCancellation } from "../../../shared/ReasonedError";
import { useAttachSession } from "../../session/sessionContext";
import { listPlace, reachOf, type Place, type PlaceItem } from "./drivePlaces";

export type Listing =
  { status: "loading" } | { status: "ready"; items: PlaceItem[] } | { status: "failed"; error: unknown };

/**
 * What a place holds, loaded when the place (or `attempt`, for Try again) changes; the previous load is cancelled.
 * Null while the picker is closed: nothing is asked of OneDrive, and no consent, until the organizer opens it.
 */
export function useDriveListing(place: Place | null, attempt: number): Listing | null {
  const session = useAttachSession();
  const [listing, setListing] = useState<{ place: Place; attempt: number; listing: Listing } | null>(null);

  useEffect(() => {
    if (!place) return;
    const controller = new AbortController();
    setListing({ place, attempt, listing: { status: "loading" } });
    session
      .driveFor(reachOf(place))
      .then((client) => listPlace(client, place, controller.signal))
      .then(
        (items) => !controller.signal.aborted && setListing({ place, attempt, listing: { status: "ready", items } }),
        (error: unknown) => {
          if (controller.signal.aborted || isCancellation(error)) return;
          setListing({ place, attempt, listing: { status: "failed", error } });
        },
      );
    return () => controller.abort();
  }, [place, attempt, session]);

  if (!place) return null;
  // Until the effect has run for a new place, the last listing belongs to the old one.
  return listing && listing.place === place && listing.attempt === attempt ? listing.listing : { status: "loading" };
}
