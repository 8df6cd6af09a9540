package sessions

import (
	"slices"
	"time"
)

// meetingGap is the longest pause between the start of one activity and
// the start of the next that still counts as the first one's duration;
// after a longer pause the session went on at a later meeting, and the
// report gives no duration rather than one of days.
const meetingGap = 4 * time.Hour

// activityEnds returns, per activity ID, when it ended: when the next
// activity (in time, not agenda order, since a facilitator may skip
// ahead and come back) was first moved to. An activity that never
// started, the last one started, and one followed only after more than
// meetingGap have no end.
func activityEnds(s State) map[int]time.Time {
	var starts []time.Time
	for _, a := range s.Agenda {
		if !a.Started.IsZero() {
			starts = append(starts, a.Started)
		}
	}
	slices.SortFunc(starts, func(a, b time.Time) int { return a.Compare(b) })
	ends := map[int]time.Time{}
	for _, a := range s.Agenda {
		if a.Started.IsZero() {
			continue
		}
		i, _ := slices.BinarySearchFunc(starts, a.Started, func(t, target time.Time) int {
			if t.After(target) {
				return 1
			}
			return -1
		})
		if i < len(starts) && starts[i].Sub(a.Started) <= meetingGap {
			ends[a.ID] = starts[i]
		}
	}
	return ends
}

// Took is how long the activity took, or 0 when that is not known (see
// Ended).
func (xa ExportActivity) Took() time.Duration {
	if xa.Started.IsZero() || xa.Ended.IsZero() {
		return 0
	}
	return xa.Ended.Sub(xa.Started)
}
