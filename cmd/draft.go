package cmd

import "github.com/spf13/cobra"

// NewCmdDraft is filled in by the draft issue.
func NewCmdDraft(ios IOStreams, g *globalOptions, runF func(any) error) *cobra.Command {
	return &cobra.Command{Use: "draft", Hidden: true}
}
