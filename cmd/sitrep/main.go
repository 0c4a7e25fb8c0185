// Command sitrep turns news reports about conflict and politics into
// structured, sourced, geocoded records. Run "sitrep --help" for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd().ExecuteContext(ctx)
	stop()
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, "sitrep:", err)
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "sitrep:", err)
		os.Exit(1)
	}
}

// usageError marks an error in how the command was called (exit status 2),
// as opposed to a failure while running (exit status 1).
type usageError struct{ error }
