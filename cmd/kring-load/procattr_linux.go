package main

import "syscall"

// childProcAttr makes the kernel kill the server if the harness dies.
func childProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
