package sqlite

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/storetest"
)

// TestStoreCommonMatchPlans runs the conformance suite with every full-text
// query and bounding box treated as matching many rows, so that the plans
// for large stores (checking matches rather than driving by them) are
// tested too.
func TestStoreCommonMatchPlans(t *testing.T) {
	saved := rareMatches
	rareMatches = 0
	defer func() { rareMatches = saved }()
	storetest.Run(t, func(t *testing.T) sitrep.Store {
		s, err := Open(":memory:")
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
