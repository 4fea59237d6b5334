// Package zipstamp holds the one modification time qd writes on every part of the zip
// packages it makes (.docx, .xlsx), so that the same input gives the same bytes.
package zipstamp

import "time"

// Time is the modification time of every part: 5 March 2020, 00:00 UTC.
var Time = time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)

// Unix is Time in Unix seconds, as the extended-timestamp extra field holds it.
const Unix = 1583366400

// DOSDate is Time as an MS-DOS date, (year-1980)<<9 | month<<5 | day; its MS-DOS time is 0.
const DOSDate = (2020-1980)<<9 | 3<<5 | 5
