// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/provenance_ref","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"};
const func0 = Object.prototype.hasOwnProperty;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/provenance_ref" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.actor_id !== undefined && func0.call(data, "actor_id")){
let data0 = data.actor_id;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor_id.anyOf[0].type,parentSchema:schema31.properties.actor_id.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data0 !== null){
const err1 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.actor_id.anyOf[1].type,parentSchema:schema31.properties.actor_id.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err2 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.actor_id.anyOf,parentSchema:schema31.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.actor_kind !== undefined && func0.call(data, "actor_kind")){
let data1 = data.actor_kind;
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/actor_kind",schemaPath:"#/properties/actor_kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor_kind.anyOf[0].type,parentSchema:schema31.properties.actor_kind.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data1 === "human") || (data1 === "llm")) || (data1 === "system"))){
const err4 = {instancePath:instancePath+"/actor_kind",schemaPath:"#/properties/actor_kind/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.actor_kind.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.actor_kind.anyOf[0].enum,parentSchema:schema31.properties.actor_kind.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
const _errs12 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/actor_kind",schemaPath:"#/properties/actor_kind/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.actor_kind.anyOf[1].type,parentSchema:schema31.properties.actor_kind.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err6 = {instancePath:instancePath+"/actor_kind",schemaPath:"#/properties/actor_kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.actor_kind.anyOf,parentSchema:schema31.properties.actor_kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.git_ref !== undefined && func0.call(data, "git_ref")){
let data2 = data.git_ref;
const _errs15 = errors;
let valid3 = false;
const _errs16 = errors;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/git_ref",schemaPath:"#/properties/git_ref/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.git_ref.anyOf[0].type,parentSchema:schema31.properties.git_ref.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs16 === errors;
valid3 = valid3 || _valid2;
const _errs18 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/git_ref",schemaPath:"#/properties/git_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.git_ref.anyOf[1].type,parentSchema:schema31.properties.git_ref.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err9 = {instancePath:instancePath+"/git_ref",schemaPath:"#/properties/git_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.git_ref.anyOf,parentSchema:schema31.properties.git_ref,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.git_sha !== undefined && func0.call(data, "git_sha")){
let data3 = data.git_sha;
const _errs21 = errors;
let valid4 = false;
const _errs22 = errors;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/git_sha",schemaPath:"#/properties/git_sha/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.git_sha.anyOf[0].type,parentSchema:schema31.properties.git_sha.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid4 = valid4 || _valid3;
const _errs24 = errors;
if(data3 !== null){
const err11 = {instancePath:instancePath+"/git_sha",schemaPath:"#/properties/git_sha/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.git_sha.anyOf[1].type,parentSchema:schema31.properties.git_sha.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const err12 = {instancePath:instancePath+"/git_sha",schemaPath:"#/properties/git_sha/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.git_sha.anyOf,parentSchema:schema31.properties.git_sha,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.revised_at !== undefined && func0.call(data, "revised_at")){
let data4 = data.revised_at;
const _errs27 = errors;
let valid5 = false;
const _errs28 = errors;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/revised_at",schemaPath:"#/properties/revised_at/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.revised_at.anyOf[0].type,parentSchema:schema31.properties.revised_at.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid4 = _errs28 === errors;
valid5 = valid5 || _valid4;
const _errs30 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/revised_at",schemaPath:"#/properties/revised_at/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.revised_at.anyOf[1].type,parentSchema:schema31.properties.revised_at.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid4 = _errs30 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const err15 = {instancePath:instancePath+"/revised_at",schemaPath:"#/properties/revised_at/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.revised_at.anyOf,parentSchema:schema31.properties.revised_at,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.source_event_ids !== undefined && func0.call(data, "source_event_ids")){
let data5 = data.source_event_ids;
const _errs33 = errors;
let valid6 = false;
const _errs34 = errors;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/source_event_ids/" + i0,schemaPath:"#/properties/source_event_ids/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.source_event_ids.anyOf[0].items.type,parentSchema:schema31.properties.source_event_ids.anyOf[0].items,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/source_event_ids",schemaPath:"#/properties/source_event_ids/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.source_event_ids.anyOf[0].type,parentSchema:schema31.properties.source_event_ids.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid5 = _errs34 === errors;
valid6 = valid6 || _valid5;
const _errs38 = errors;
if(data5 !== null){
const err18 = {instancePath:instancePath+"/source_event_ids",schemaPath:"#/properties/source_event_ids/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.source_event_ids.anyOf[1].type,parentSchema:schema31.properties.source_event_ids.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid5 = _errs38 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const err19 = {instancePath:instancePath+"/source_event_ids",schemaPath:"#/properties/source_event_ids/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.source_event_ids.anyOf,parentSchema:schema31.properties.source_event_ids,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor_id":true,"actor_kind":true,"git_ref":true,"git_sha":true,"revised_at":true,"source_event_ids":true},"dynamicProps":false,"dynamicItems":false};
