# What a screen reader on Windows is given: lists, from outside the process,
# the UI Automation elements of Career Compare's window (System.Windows.
# Automation, the client side of UI Automation that Narrator, NVDA and JAWS
# use), each as its ControlType and Name, into OUT, and fails (exit 1) when
# the Education tab's facts are not among their names: the "Key difference"
# heading (internal/catalog's keyDifference, English or Spanish), the two
# compared careers' names and the start of their education difference
# (from DATA, the app's built-in data as `careercompare template` writes
# it). Run by scripts/native-check.sh on Windows while the window is open,
# on the Education tab (the first a new user sees).
#
# The app publishes its window only when built with -tags accessibility
# (scripts/buildtags): Fyne 2.8's driver then gives UI Automation a flat
# list of the visible fyne.Accessible objects (internal/driver/glfw/
# accessibility_windows.go).
#
# Usage (Windows PowerShell 5.1 or PowerShell 7):
#   native-uia.ps1 -ProcessId PID -Title TITLE -Data DATA.json -Catalog DIR -Out OUT.txt
param(
  [int]$ProcessId = 0,
  [string]$Title = 'Career Compare',
  [Parameter(Mandatory = $true)][string]$Data,
  [Parameter(Mandatory = $true)][string]$Catalog,
  [Parameter(Mandatory = $true)][string]$Out,
  [int]$WaitSeconds = 15
)
$ErrorActionPreference = 'Stop'
Add-Type -AssemblyName UIAutomationClient, UIAutomationTypes
$AE = [System.Windows.Automation.AutomationElement]
$Scope = [System.Windows.Automation.TreeScope]

# The facts, each with its English and Spanish forms.
function Get-Message([string]$lang, [string]$id) {
  $file = Join-Path $Catalog "active.$lang.toml"
  $m = Select-String -Path $file -Encoding UTF8 -Pattern ('^' + $id + ' = "(.*)"$')
  if (-not $m) { throw "no message $id in $file" }
  return $m[0].Matches[0].Groups[1].Value
}
function Get-Texts($t) {
  if ($null -eq $t) { return @() }
  if ($t -is [string]) { return @($t) }
  return @($t.en, $t.es) | Where-Object { $_ }
}
$d = Get-Content -Raw -Encoding UTF8 -Path $Data | ConvertFrom-Json
$facts = [ordered]@{}
$facts['the heading Key difference'] = @((Get-Message 'en' 'keyDifference'), (Get-Message 'es' 'keyDifference'))
foreach ($side in 'left', 'right') {
  $id = $d.comparison.$side
  $career = $d.careers | Where-Object { $_.id -eq $id } | Select-Object -First 1
  if (-not $career) { throw "the data's comparison names $side career $id, which it does not have" }
  $facts["the $side career's name"] = Get-Texts $career.name
}
$diff = Get-Texts $d.comparison.differences.education.text
if ($diff.Count -gt 0) {
  # The start of the sentence: a label may say more around it.
  $facts['the education difference'] = $diff | ForEach-Object { if ($_.Length -gt 40) { $_.Substring(0, 40) } else { $_ } }
}

# The window: the process's top-level window with the app's title.
$cond = New-Object System.Windows.Automation.PropertyCondition($AE::NameProperty, $Title)
if ($ProcessId -gt 0) {
  $byPid = New-Object System.Windows.Automation.PropertyCondition($AE::ProcessIdProperty, $ProcessId)
  $both = [System.Windows.Automation.Condition[]]@($byPid, $cond)
  $cond = New-Object System.Windows.Automation.AndCondition -ArgumentList (, $both)
}
$deadline = (Get-Date).AddSeconds($WaitSeconds)
$win = $null
$lines = @()
$missing = @()
do {
  if (-not $win) { $win = $AE::RootElement.FindFirst($Scope::Children, $cond) }
  if ($win) {
    # Its descendants, in the order UI Automation walks them (the
    # provider's order: Fyne's reading order of its objects).
    $lines = @()
    foreach ($e in $win.FindAll($Scope::Descendants, [System.Windows.Automation.Condition]::TrueCondition)) {
      $c = $e.Current
      $lines += ("{0}`t{1}" -f $c.ControlType.ProgrammaticName.Replace('ControlType.', ''), ($c.Name -replace '\s+', ' '))
    }
    $missing = @($facts.Keys | Where-Object {
        $forms = $facts[$_]
        -not ($lines | Where-Object { $line = $_; $forms | Where-Object { $line.Contains($_) } })
      })
    if ($missing.Count -eq 0) { break }
  }
  Start-Sleep -Milliseconds 500
} while ((Get-Date) -lt $deadline)

if (-not $win) {
  Write-Output "no top-level window named '$Title'$(if ($ProcessId -gt 0) { " of process $ProcessId" }) within $WaitSeconds s"
  exit 1
}
[System.IO.File]::WriteAllLines($Out, [string[]]$lines)
$kinds = ($lines | ForEach-Object { $_.Split("`t")[0] } | Group-Object | Sort-Object Count -Descending |
    ForEach-Object { "$($_.Count) $($_.Name)" }) -join ', '
Write-Output "UI Automation: $($lines.Count) elements under the window '$Title' ($kinds); all in $Out"
$lines | Select-Object -First 60 | ForEach-Object { Write-Output "  $_" }
if ($lines.Count -gt 60) { Write-Output "  ... ($($lines.Count - 60) more in $Out)" }
foreach ($k in $facts.Keys) {
  $forms = $facts[$k]
  $hit = $lines | Where-Object { $line = $_; $forms | Where-Object { $line.Contains($_) } } | Select-Object -First 1
  if ($hit) { Write-Output "found $k in: $hit" } else { Write-Output "MISSING $k (any of: $($forms -join ' | '))" }
}
if ($missing.Count -gt 0) {
  Write-Output "the Education tab's facts are not all published to UI Automation: $($missing -join ', ')"
  exit 1
}
exit 0
