package main

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/spf13/cobra"
)

// printResult writes a command's result to its output: v as one indented
// JSON object with --json, else the text that text writes. Output is
// buffered, since the text of an evaluation runs to many small writes.
func printResult(cmd *cobra.Command, asJSON bool, v any, text func(out io.Writer) error) error {
	out := bufio.NewWriter(cmd.OutOrStdout())
	var err error
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		err = enc.Encode(v)
	} else {
		err = text(out)
	}
	if err != nil {
		return err
	}
	return out.Flush()
}
