// ChuyenHoa on Azure: one storage account (membership, reminders, grain state, evidence), N silo replicas on Azure
// Container Apps in a VNet, a user-assigned managed identity with data-plane roles on that account only, and
// Log Analytics + Application Insights fed over OTLP. See README.md for the steps and the reasons.
targetScope = 'resourceGroup'

@description('Short name of the environment, part of every resource name (dev, prod).')
@minLength(2)
@maxLength(8)
param environmentName string

@description('Azure region of every resource.')
param location string = resourceGroup().location

@description('The silo image, e.g. chuyenhoaregistry.azurecr.io/chuyenhoa:1.4.0 (built by dotnet publish, see README.md).')
param image string

@description('Login server of the Azure Container Registry holding the image; empty for a public registry.')
param registryServer string = ''

@description('Resource name of that registry, in this resource group; the identity gets AcrPull on it.')
param registryName string = ''

@description('How many silos run at least; two or more keep the service up while one restarts.')
@minValue(1)
param minReplicas int = 2

@description('How many silos run at most (scale out by HTTP concurrency).')
@minValue(1)
param maxReplicas int = 4

@description('Orleans cluster identity: silos with the same ClusterId form one cluster.')
param clusterId string = 'chuyenhoa-${environmentName}'

@description('Orleans service identity: grain state is keyed by it, so it never changes for the life of the data.')
param serviceId string = 'chuyenhoa'

@description('Entra ID app registration of the API (see entra-app-manifest.json).')
param entraTenantId string
param entraClientId string

@description('Provinces served: ProvinceCode, TenantIds, optional ProvinceClaim and DistrictClaim (ChuyenHoa:Tenants).')
param tenants array

@description('Days a deleted or overwritten blob (grain documents, evidence) can be restored.')
@minValue(2)
@maxValue(365)
param blobRetentionDays int = 30

@description('Storage redundancy: Standard_ZRS for production (zone-redundant), Standard_LRS for a test environment.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Days Log Analytics keeps logs and traces.')
param logRetentionDays int = 30

var suffix = uniqueString(resourceGroup().id, environmentName)
var siloPort = 11111
var httpPort = 8080
var useRegistry = !empty(registryName)

// Data-plane roles, built in: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var acrPull = '7f951dca-6b3c-4d3f-8ee4-fdd7afbb2b8a'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-chuyenhoa-${environmentName}'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stchuyenhoa${environmentName}${take(suffix, 5)}'
  location: location
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    // The silos use their managed identity: no account key is accepted, so none can leak.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    publicNetworkAccess: 'Enabled'
    accessTier: 'Hot'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: blobRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: blobRetentionDays
    }
    changeFeed: {
      enabled: true
      retentionInDays: blobRetentionDays
    }
    // Point-in-time restore of block blobs needs versioning, change feed and soft delete; it must be shorter than soft delete.
    restorePolicy: {
      enabled: true
      days: blobRetentionDays - 1
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource evidenceContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'evidence'
  properties: {
    publicAccess: 'None'
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageTableDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageBlobDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = if (useRegistry) {
  name: registryName
}

resource registryPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useRegistry) {
  scope: registry
  name: guid(resourceGroup().id, registryName, identity.id, acrPull)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPull)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-chuyenhoa-${environmentName}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-chuyenhoa-${environmentName}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// Silos reach each other directly, replica IP to replica IP, on the silo port: the environment lives in
// a subnet of its own, where replicas get addresses of the VNet.
resource network 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: 'vnet-chuyenhoa-${environmentName}'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.40.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'silos'
        properties: {
          addressPrefix: '10.40.0.0/23'
          delegations: [
            {
              name: 'containerapps'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
    ]
  }
}

resource containerEnvironment 'Microsoft.App/managedEnvironments@2025-02-02-preview' = {
  name: 'cae-chuyenhoa-${environmentName}'
  location: location
  properties: {
    vnetConfiguration: {
      infrastructureSubnetId: network.properties.subnets[0].id
      internal: false
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
    // The environment's managed OpenTelemetry agent (a preview API version has it): it gives each container
    // OTEL_EXPORTER_OTLP_ENDPOINT, the silos export OTLP there, and it forwards to Application Insights.
    appInsightsConfiguration: {
      connectionString: appInsights.properties.ConnectionString
    }
    openTelemetryConfiguration: {
      tracesConfiguration: {
        destinations: [
          'appInsights'
        ]
      }
      logsConfiguration: {
        destinations: [
          'appInsights'
        ]
      }
    }
  }
}

resource silos 'Microsoft.App/containerApps@2025-01-01' = {
  name: 'ca-chuyenhoa-${environmentName}'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    environmentId: containerEnvironment.id
    workloadProfileName: 'Consumption'
    configuration: {
      // One revision at a time: a new image replaces the silos one by one, and each leaves the cluster on SIGTERM.
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: httpPort
        transport: 'http'
        allowInsecure: false
        additionalPortMappings: [
          {
            external: false
            targetPort: siloPort
          }
        ]
      }
      registries: useRegistry
        ? [
            {
              server: registryServer
              identity: identity.id
            }
          ]
        : []
    }
    template: {
      // Orleans needs the time to hand over its grains (the silo's leave timeout is 10 s, the host's stop 30 s).
      terminationGracePeriodSeconds: 45
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http-concurrency'
            http: {
              metadata: {
                concurrentRequests: '200'
              }
            }
          }
        ]
      }
      containers: [
        {
          name: 'silo'
          image: image
          resources: {
            cpu: json('1.0')
            memory: '2Gi'
          }
          env: concat(
            [
              { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
              { name: 'ASPNETCORE_HTTP_PORTS', value: string(httpPort) }
              { name: 'ChuyenHoa__Storage__TableServiceUri', value: storage.properties.primaryEndpoints.table }
              { name: 'ChuyenHoa__Storage__BlobServiceUri', value: storage.properties.primaryEndpoints.blob }
              { name: 'ChuyenHoa__Storage__ManagedIdentityClientId', value: identity.properties.clientId }
              { name: 'AZURE_TOKEN_CREDENTIALS', value: 'ManagedIdentityCredential' }
              { name: 'ChuyenHoa__Cluster__ClusterId', value: clusterId }
              { name: 'ChuyenHoa__Cluster__ServiceId', value: serviceId }
              { name: 'ChuyenHoa__Cluster__SiloPort', value: string(siloPort) }
              // No Orleans gateway: grain calls carry the caller the API authenticated, so no client may make them directly.
              { name: 'ChuyenHoa__Cluster__GatewayPort', value: '0' }
              // Empty: the silo advertises the replica's own address, resolved from its host name.
              { name: 'ChuyenHoa__Cluster__AdvertisedIPAddress', value: '' }
              { name: 'AzureAd__Instance', value: environment().authentication.loginEndpoint }
              { name: 'AzureAd__TenantId', value: entraTenantId }
              { name: 'AzureAd__ClientId', value: entraClientId }
              { name: 'OTEL_EXPORTER_OTLP_PROTOCOL', value: 'grpc' }
            ],
            flatten(map(range(0, length(tenants)), i => tenantSettings(i, tenants[i])))
          )
          probes: [
            {
              type: 'Liveness'
              httpGet: {
                path: '/health/live'
                port: httpPort
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/health/ready'
                port: httpPort
              }
              periodSeconds: 5
              failureThreshold: 3
            }
            {
              type: 'Startup'
              httpGet: {
                path: '/health/live'
                port: httpPort
              }
              periodSeconds: 5
              failureThreshold: 24
            }
          ]
        }
      ]
    }
  }
  dependsOn: [
    tableDataContributor
    blobDataContributor
    registryPull
  ]
}

// ChuyenHoa:Tenants as environment variables: ChuyenHoa__Tenants__{i}__ProvinceCode, __TenantIds__{j}, ...
func tenantSettings(index int, tenant object) array =>
  concat(
    [
      { name: 'ChuyenHoa__Tenants__${index}__ProvinceCode', value: tenant.ProvinceCode }
    ],
    map(range(0, length(tenant.TenantIds)), j => { name: 'ChuyenHoa__Tenants__${index}__TenantIds__${j}', value: tenant.TenantIds[j] }),
    contains(tenant, 'ProvinceClaim') ? [{ name: 'ChuyenHoa__Tenants__${index}__ProvinceClaim', value: tenant.ProvinceClaim }] : [],
    contains(tenant, 'DistrictClaim') ? [{ name: 'ChuyenHoa__Tenants__${index}__DistrictClaim', value: tenant.DistrictClaim }] : []
  )

output storageAccountName string = storage.name
output tableServiceUri string = storage.properties.primaryEndpoints.table
output blobServiceUri string = storage.properties.primaryEndpoints.blob
output identityClientId string = identity.properties.clientId
output url string = 'https://${silos.properties.configuration.ingress.fqdn}'
