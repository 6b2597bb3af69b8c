#!/bin/sh
echo "[=project.name]"
