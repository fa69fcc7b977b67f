{{/* Chart name, truncated to the 63 characters a label value allows. */}}
{{- define "guichet.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name of the release's objects; the release name alone when it already contains the chart name. */}}
{{- define "guichet.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "guichet.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels: stable across upgrades, so never the version. */}}
{{- define "guichet.selectorLabels" -}}
app.kubernetes.io/name: {{ include "guichet.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "guichet.labels" -}}
helm.sh/chart: {{ include "guichet.chart" . }}
{{ include "guichet.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "guichet.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "guichet.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* registry/repository:tag, or registry/repository@digest when a digest is given. */}}
{{- define "guichet.image" -}}
{{- $repository := .Values.image.repository }}
{{- if .Values.image.registry }}
{{- $repository = printf "%s/%s" .Values.image.registry $repository }}
{{- end }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" $repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" $repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/*
JVM options. JAVA_OPTS_APPEND replaces the image's own value, so its two settings are repeated;
options appended last win, so this MaxRAMPercentage overrides the one run-java.sh computes.
*/}}
{{- define "guichet.javaOptions" -}}
{{- $options := list "-Dquarkus.http.host=0.0.0.0" "-Djava.util.logging.manager=org.jboss.logmanager.LogManager" (printf "-XX:MaxRAMPercentage=%s" (toString .Values.jvm.maxRamPercentage)) }}
{{- with .Values.jvm.extraOptions }}
{{- $options = append $options . }}
{{- end }}
{{- join " " $options }}
{{- end }}

{{/* The Ingress host: ingress.host, else the host of config.publicUrl. */}}
{{- define "guichet.ingressHost" -}}
{{- $host := .Values.ingress.host | default (regexReplaceAll ":[0-9]+$" (urlParse .Values.config.publicUrl).host "") }}
{{- required "ingress.host (or config.publicUrl) is required when ingress.enabled is true" $host }}
{{- end }}

{{/*
The port the pods reach the OpenID Connect provider on: networkPolicy.identityProvider.port, else the
port of config.oidc.authServerUrl (443 for https and 80 for http when the URL names none).
*/}}
{{- define "guichet.identityProviderPort" -}}
{{- if .Values.networkPolicy.identityProvider.port }}
{{- .Values.networkPolicy.identityProvider.port }}
{{- else }}
{{- $url := urlParse (required "config.oidc.authServerUrl is required (QUARKUS_OIDC_AUTH_SERVER_URL)" .Values.config.oidc.authServerUrl) }}
{{- if regexMatch ":[0-9]+$" $url.host }}
{{- regexFind "[0-9]+$" $url.host }}
{{- else if eq $url.scheme "http" }}
{{- 80 }}
{{- else }}
{{- 443 }}
{{- end }}
{{- end }}
{{- end }}
